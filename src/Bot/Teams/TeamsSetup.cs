using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Onboarding.Delivery;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// Registers and maps Microsoft Teams (Bot Framework 4.23.1: <c>CloudAdapter</c> and a <c>TeamsActivityHandler</c>).
/// Bot Framework types stay in this folder; the Microsoft 365 Agents SDK would replace only it.
/// </summary>
public static class TeamsSetup
{
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TeamsOptions.Section);
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section);
        var settings = section.Get<TeamsOptions>() ?? new TeamsOptions();
        services.AddSingleton(new TeamsStatus(settings.On, settings.Authenticated));
        services.AddHostedService<TeamsStartup>();
        if (!settings.On)
        {
            return services;
        }

        services.AddConversations(configuration);
        services.TryAddSingleton(TimeProvider.System);

        // The connector client takes its HttpClient from the factory's default client: retries for 429 and 5xx with
        // back-off live there. A 403 (blocked) is not retried.
        services.AddHttpClient(string.Empty).AddStandardResilienceHandler();
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ConfigurationBotFrameworkAuthentication(
            section, httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(), logger: provider.GetRequiredService<ILogger<BotFrameworkAuthentication>>()));
        services.AddSingleton(provider => CreateAdapter(provider));
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<CloudAdapter>());
        services.AddSingleton<ITeamsMemberDirectory, TeamsMemberDirectory>();
        services.AddSingleton<TeamsConversations>();
        services.AddSingleton<TeamsNewcomers>();
        services.AddSingleton<TeamsProactiveSender>();
        services.AddSingleton<INudgeChannel, TeamsNudgeChannel>();
        services.AddSingleton<IBot, TeamsBot>();
        return services;
    }

    /// <summary>Maps <c>POST /api/messages</c> when Teams is on.</summary>
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<TeamsStatus>().On)
        {
            return endpoints;
        }

        endpoints.MapPost("/api/messages", TeamsEndpoint.MessagesAsync);
        return endpoints;
    }

    private static CloudAdapter CreateAdapter(IServiceProvider provider)
    {
        var logger = provider.GetRequiredService<ILogger<CloudAdapter>>();
        return new CloudAdapter(provider.GetRequiredService<BotFrameworkAuthentication>(), logger)
        {
            OnTurnError = async (turn, exception) =>
            {
                // One boundary per entry point: log, answer politely, never show the exception.
                TeamsLog.TurnFailed(logger, exception);
                await turn.SendActivityAsync("Sorry, something went wrong answering that. Please try again.").ConfigureAwait(false);
            },
        };
    }
}
