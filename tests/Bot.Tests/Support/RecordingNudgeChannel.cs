using System.Collections.Concurrent;
using Wayfinder.Bot.Onboarding.Delivery;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>A chat platform that records what it is asked to send and answers <paramref name="outcome"/> (or throws <paramref name="failure"/>).</summary>
internal sealed class RecordingNudgeChannel(NudgeDelivery outcome = NudgeDelivery.Delivered, Exception? failure = null) : INudgeChannel
{
    public string Name => "slack";

    public ConcurrentQueue<(string Email, NudgeMessage Message)> Sent { get; } = new();

    public Task<NudgeDelivery> SendAsync(string email, NudgeMessage message, CancellationToken cancellationToken)
    {
        Sent.Enqueue((email, message));
        return failure is null ? Task.FromResult(outcome) : Task.FromException<NudgeDelivery>(failure);
    }
}
