using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Wayfinder.Bot.Onboarding.AutoEnroll;

/// <summary>
/// Arrivals acknowledged to the chat platform and waiting to be enrolled by the <see cref="AutoEnrollWorker"/>; bounded,
/// so a flood is refused (Slack then retries) rather than buffered without end.
/// </summary>
internal sealed class NewcomerQueue(IOptions<OnboardingOptions> options)
{
    /// <summary>Arrivals that may wait at once.</summary>
    public const int Capacity = 1_000;

    private readonly Channel<Newcomer> _newcomers = Channel.CreateBounded<Newcomer>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>True when <see cref="OnboardingOptions.AutoEnroll"/> is on; arrivals are not worth queuing otherwise.</summary>
    public bool Enabled => options.Value.AutoEnroll;

    /// <summary>False when automatic enrolment is off or the queue is full.</summary>
    public bool TryEnqueue(Newcomer newcomer) => Enabled && _newcomers.Writer.TryWrite(newcomer);

    public IAsyncEnumerable<Newcomer> ReadAllAsync(CancellationToken cancellationToken) => _newcomers.Reader.ReadAllAsync(cancellationToken);
}
