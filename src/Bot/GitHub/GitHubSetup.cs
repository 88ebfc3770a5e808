namespace Wayfinder.Bot.GitHub;

/// <summary>
/// Keeps a catalog read from GitHub fresh: a reload on <see cref="GitHubRefreshOptions.RefreshCron"/> when organisations
/// are configured (<c>GitHub:Organizations</c>), and <c>POST /github/webhook</c> when a webhook secret is set.
/// </summary>
public static class GitHubSetup
{
    public static IServiceCollection AddGitHubRefresh(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GitHubRefreshOptions>().BindConfiguration(GitHubRefreshOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CatalogRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<CatalogRefresher>());
        if (configuration.GetSection($"{GitHubRefreshOptions.Section}:Organizations").GetChildren().Any())
        {
            services.AddHostedService<CatalogRefreshSchedule>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapGitHub(this IEndpointRouteBuilder endpoints)
    {
        var secret = endpoints.ServiceProvider.GetRequiredService<IConfiguration>()[$"{GitHubRefreshOptions.Section}:{nameof(GitHubRefreshOptions.WebhookSecret)}"];
        if (!string.IsNullOrEmpty(secret))
        {
            endpoints.MapPost("/github/webhook", GitHubWebhookEndpoint.HandleAsync);
        }

        return endpoints;
    }
}
