using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Api;

/// <summary>Registers and maps the HTTP API.</summary>
public static class ApiSetup
{
    /// <summary>Adds the API's options (section <c>Api</c>) and problem details for errors.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemDetails();
        return services;
    }

    /// <summary>Maps <c>GET /api/search?q=…&amp;limit=…</c>.</summary>
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/search", Search);
        return endpoints;
    }

    private static Results<Ok<IReadOnlyList<SearchHitResponse>>, ProblemHttpResult> Search(
        string? q, int? limit, ICatalog catalog, IOptions<ApiOptions> options)
    {
        var max = options.Value.MaxSearchResults;
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Problem("Query parameter 'q' is required.", statusCode: StatusCodes.Status400BadRequest, title: "Missing query");
        }

        if (q.Length > options.Value.MaxQueryLength)
        {
            return TypedResults.Problem($"The query is longer than {options.Value.MaxQueryLength} characters.",
                statusCode: StatusCodes.Status400BadRequest, title: "Query too long");
        }

        if (limit is < 1 || limit > max)
        {
            return TypedResults.Problem($"'limit' must be between 1 and {max}.", statusCode: StatusCodes.Status400BadRequest, title: "Bad limit");
        }

        return TypedResults.Ok(SearchHitResponse.From(catalog.Search(q, limit ?? 10)));
    }
}
