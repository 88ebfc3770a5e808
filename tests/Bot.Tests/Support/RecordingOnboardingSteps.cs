using System.Collections.Concurrent;
using Wayfinder.Bot.Onboarding;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>A hand-written <see cref="IOnboardingSteps"/> that records what was ticked off.</summary>
internal sealed class RecordingOnboardingSteps : IOnboardingSteps
{
    public ConcurrentQueue<(string Enrollment, string[] Steps)> Completed { get; } = new();

    public Task<bool> CompleteAsync(string enrollmentId, IReadOnlyList<string> stepIds, CancellationToken cancellationToken)
    {
        Completed.Enqueue((enrollmentId, [.. stepIds]));
        return Task.FromResult(true);
    }
}
