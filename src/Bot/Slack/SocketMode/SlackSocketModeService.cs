using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.Slack.Outbound;

namespace Wayfinder.Bot.Slack.SocketMode;

/// <summary>
/// Socket Mode: opens a connection URL with the app-level token, reads envelopes over a WebSocket and hands them to
/// <see cref="SlackEnvelopeDispatcher"/> (the same handlers as HTTP). Reconnects on a <c>warning</c> or
/// <c>refresh_requested</c> disconnect at once, on a dropped socket with exponential back-off and jitter, and stops on
/// <c>link_disabled</c>.
/// </summary>
internal sealed partial class SlackSocketModeService(
    IServiceScopeFactory scopes, SlackEnvelopeDispatcher dispatcher, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSocketModeService> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var reason = await ConnectOnceAsync(stoppingToken).ConfigureAwait(false);
                failures = reason is null ? failures + 1 : 0;
                LogDisconnected(logger, reason ?? "socket closed");
                if (reason == "link_disabled")
                {
                    LogLinkDisabled(logger);
                    return;
                }
            }
            catch (Exception e) when ((SlackFailures.IsUnavailable(e) || e is WebSocketException) && !stoppingToken.IsCancellationRequested)
            {
                failures++;
                LogConnectFailed(logger, e.Message);
            }

            if (failures > 0)
            {
                await Task.Delay(Backoff(failures), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One connection, until Slack disconnects it (the reason) or the socket drops (<c>null</c>).</summary>
    private async Task<string?> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        Uri url;
        using (var scope = scopes.CreateScope())
        {
            url = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().OpenSocketAsync(options.Value.AppToken!, cancellationToken).ConfigureAwait(false);
        }

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        using var connection = new SlackSocketConnection(socket);
        while (await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } frame)
        {
            switch (frame.Type)
            {
                case "hello":
                    LogConnected(logger);
                    break;
                case "disconnect":
                    await connection.CloseAsync(cancellationToken).ConfigureAwait(false);
                    return frame.Reason ?? "disconnect";
                default:
                    await dispatcher.DispatchAsync(frame, connection, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        return null;
    }

    private static TimeSpan Backoff(int failures)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures, 10) - 1));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connected")]
    private static partial void LogConnected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode disconnected: {Reason}")]
    private static partial void LogDisconnected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode connection failed: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack turned Socket Mode off for this app (link_disabled); not reconnecting")]
    private static partial void LogLinkDisabled(ILogger logger);
}
