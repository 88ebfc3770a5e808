namespace Wayfinder.Bot.Teams;

/// <summary>Says once at start-up whether Teams is on, and loudly when it runs without authentication.</summary>
internal sealed partial class TeamsStartup(TeamsStatus status, ILogger<TeamsStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!status.On)
        {
            LogOff(logger);
        }
        else if (!status.Authenticated)
        {
            LogAnonymous(logger);
        }
        else
        {
            LogOn(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams is off: set Teams:MicrosoftAppId (with Teams:MicrosoftAppPassword, Teams:MicrosoftAppTenantId, Teams:MicrosoftAppType) to switch it on, or Teams:Enabled=true for anonymous local mode")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TEAMS RUNS WITHOUT AUTHENTICATION: Teams:Enabled=true and no Teams:MicrosoftAppId. Anyone who can reach /api/messages can talk to the bot. Use this only with the Bot Framework Emulator or tests")]
    private static partial void LogAnonymous(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams is on: /api/messages validates Bot Framework tokens")]
    private static partial void LogOn(ILogger logger);
}
