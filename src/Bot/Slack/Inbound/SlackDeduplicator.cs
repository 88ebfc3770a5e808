using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>
/// Remembers event ids and <c>(channel, ts)</c> pairs for <see cref="SlackOptions.DeduplicationWindow"/>, so Slack's
/// retries and the mention-plus-message double of one message are answered once. In memory, per replica.
/// </summary>
internal sealed class SlackDeduplicator(IOptions<SlackOptions> options, TimeProvider time)
{
    private const int PruneEvery = 1_024;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _calls;

    /// <summary>Marks every key seen; true when none had been seen within the window.</summary>
    public bool FirstTime(params string?[] keys)
    {
        var now = time.GetUtcNow();
        var window = options.Value.DeduplicationWindow;
        if (Interlocked.Increment(ref _calls) % PruneEvery == 0)
        {
            Prune(now - window);
        }

        var first = true;
        foreach (var key in keys.OfType<string>())
        {
            var fresh = _seen.TryAdd(key, now)
                || (_seen.TryGetValue(key, out var seen) && now - seen > window && _seen.TryUpdate(key, now, seen));
            first &= fresh;
        }

        return first;
    }

    /// <summary>Forgets keys again, so a question that could not be queued is taken when Slack retries it.</summary>
    public void Forget(params string?[] keys)
    {
        foreach (var key in keys.OfType<string>())
        {
            _seen.TryRemove(key, out _);
        }
    }

    private void Prune(DateTimeOffset before)
    {
        foreach (var (key, seen) in _seen)
        {
            if (seen < before)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
