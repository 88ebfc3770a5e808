using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>
/// Outbound messages, one first-in-first-out lane per channel, each lane sending at most one message per
/// <see cref="SlackOptions.ChannelMessageInterval"/> (Slack asks for about one a second per channel), so a burst of
/// questions gets every answer, in order, without tripping rate limits. Lanes are unbounded: nothing is dropped.
/// Hand-written because no library paces per key; HTTP retries (429 <c>Retry-After</c>, 5xx) are the resilience
/// handler's.
/// </summary>
internal sealed partial class SlackOutbox(
    IServiceScopeFactory scopes, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackOutbox> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Channel<SlackDelivery>> _lanes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    public void Enqueue(SlackDelivery delivery)
    {
        var lane = _lanes.GetOrAdd(delivery.Lane, key =>
        {
            var channel = Channel.CreateUnbounded<SlackDelivery>(new UnboundedChannelOptions { SingleReader = true });
            _ = Task.Run(() => PumpAsync(key, channel.Reader, _stopping.Token));
            return channel;
        });
        lane.Writer.TryWrite(delivery);
    }

    private async Task PumpAsync(string lane, ChannelReader<SlackDelivery> reader, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var delivery in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await SendAsync(lane, delivery, cancellationToken).ConfigureAwait(false);
                await Task.Delay(options.Value.ChannelMessageInterval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SendAsync(string lane, SlackDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await delivery.Send(scope.ServiceProvider.GetRequiredService<SlackApiClient>(), cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e)
        {
            LogSlackRefused(logger, lane, e.Method ?? "?", e.Error ?? e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogSendFailed(logger, lane, e);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack refused a message for {Lane} ({Method}): {Error}")]
    private static partial void LogSlackRefused(ILogger logger, string lane, string method, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A message for {Lane} could not be delivered after retries")]
    private static partial void LogSendFailed(ILogger logger, string lane, Exception exception);
}
