using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.Onboarding;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Bot.Slack.Inbound;
using Wayfinder.Bot.Slack.Onboarding;
using Wayfinder.Bot.Slack.Outbound;
using Wayfinder.Bot.Slack.Signing;
using Wayfinder.Bot.Slack.SocketMode;

namespace Wayfinder.Bot.Slack;

/// <summary>
/// Registers and maps Slack: HTTP events, slash command and buttons, Socket Mode, the Web API client; for onboarding, nudges
/// as DMs, people's time zones from their profile, and newcomers from <c>team_join</c>.
/// </summary>
public static class SlackSetup
{
    /// <summary>
    /// Adds Slack when configured (see <see cref="SlackOptions"/>); otherwise only the start-up line that names the
    /// missing settings.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        var status = new SlackStatus(settings.HttpEnabled, settings.SocketModeEnabled, settings.Missing());
        services.AddSingleton(status);
        services.AddSingleton<SlackIdentityCache>();
        services.AddHostedService<SlackStartup>();
        services.TryAddSingleton(TimeProvider.System);
        if (!status.Enabled)
        {
            return services;
        }

        services.AddHttpClient<SlackApiClient>((provider, client) => SlackApiClient.Configure(client, provider.GetRequiredService<IOptions<SlackOptions>>().Value))
            .AddStandardResilienceHandler(o => o.Retry.MaxRetryAttempts = 5);
        services.AddHttpClient(SlackApiClient.ResponseUrlClient).AddStandardResilienceHandler(o => o.Retry.MaxRetryAttempts = 5);
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<SlackDeduplicator>();
        services.AddSingleton<SlackQuestionQueue>();
        services.AddSingleton<SlackOutbox>();
        services.AddSingleton<SlackResponseSender>();
        services.AddSingleton<SlackEventHandler>();
        services.AddSingleton<SlackTeamJoinHandler>();
        services.AddSingleton<SlackCommandHandler>();
        services.AddSingleton<SlackActionHandler>();
        services.AddSingleton<SlackDoneHandler>();
        services.AddSingleton<SlackPeople>();
        services.AddSingleton<INudgeChannel, SlackNudgeChannel>();
        services.AddSingleton<IPersonTimeZones, SlackTimeZones>();
        services.AddHostedService<SlackQuestionWorker>();
        if (status.SocketMode)
        {
            services.AddSingleton<SlackEnvelopeDispatcher>();
            services.AddHostedService<SlackSocketModeService>();
        }

        return services;
    }

    /// <summary>Maps <c>POST /slack/event</c>, <c>/slack/command</c> and <c>/slack/action</c> when HTTP events are configured.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<SlackStatus>().Http)
        {
            return endpoints;
        }

        var slack = endpoints.MapGroup("/slack");
        slack.MapPost("/event", SlackEndpoints.EventAsync);
        slack.MapPost("/command", SlackEndpoints.CommandAsync);
        slack.MapPost("/action", SlackEndpoints.ActionAsync);
        return endpoints;
    }
}
