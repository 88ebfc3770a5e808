using Wayfinder.Skills.Answers;

namespace Wayfinder.Bot.Api;

/// <summary>Registers and maps the HTTP API.</summary>
public static class ApiSetup
{
    /// <summary>Adds the API's options (section <c>Api</c>), problem details for errors and the <c>Answer</c> JSON contract.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, AnswerJsonContext.Default));
        return services;
    }

    /// <summary>Maps <c>GET /api/search</c>, <c>GET /api/ask</c> and <c>POST /api/ask</c>.</summary>
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/search", SearchEndpoint.Search);
        api.MapGet("/ask", AskEndpoint.AskAsync);
        api.MapPost("/ask", AskEndpoint.AskPostAsync);
        return endpoints;
    }
}
