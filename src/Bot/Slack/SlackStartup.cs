using Wayfinder.Bot.Slack.Outbound;

namespace Wayfinder.Bot.Slack;

/// <summary>
/// Says once at start-up whether Slack is on, and if so asks <c>auth.test</c> who the bot is (so its own messages
/// are ignored), retrying with back-off while Slack is unreachable.
/// </summary>
internal sealed partial class SlackStartup(
    SlackStatus status, IServiceScopeFactory scopes, SlackIdentityCache identity, TimeProvider time, ILogger<SlackStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!status.Enabled)
        {
            LogDisabled(logger, status.MissingText);
            return;
        }

        for (var delay = TimeSpan.FromSeconds(1); !stoppingToken.IsCancellationRequested; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMinutes(5).Ticks)))
        {
            try
            {
                using var scope = scopes.CreateScope();
                identity.Current = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().AuthTestAsync(stoppingToken).ConfigureAwait(false);
                LogConnected(logger, identity.Current.UserId, identity.Current.TeamId, status.Http, status.SocketMode);
                return;
            }
            catch (Exception e) when ((SlackFailures.IsUnavailable(e) || e is TaskCanceledException) && !stoppingToken.IsCancellationRequested)
            {
                LogAuthFailed(logger, delay, e.Message);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack is off: set {Missing} to switch it on")]
    private static partial void LogDisabled(ILogger logger, string missing);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack connected as {UserId} in {TeamId} (HTTP events: {Http}, Socket Mode: {SocketMode})")]
    private static partial void LogConnected(ILogger logger, string userId, string? teamId, bool http, bool socketMode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack auth.test failed ({Reason}); retrying in {Delay}")]
    private static partial void LogAuthFailed(ILogger logger, TimeSpan delay, string reason);
}
