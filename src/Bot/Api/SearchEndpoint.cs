using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Api;

/// <summary><c>GET /api/search?q=…&amp;limit=…</c>: ranked hits as JSON.</summary>
internal static class SearchEndpoint
{
    public static Results<Ok<IReadOnlyList<SearchHitResponse>>, ProblemHttpResult> Search(
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
