namespace Wayfinder.Skills.OnCall;

/// <summary>The roster when the host asks no provider: every lookup is <see cref="RosterOutcome.NotConfigured"/>.</summary>
internal sealed class UnconfiguredOnCallRoster : IOnCallRoster
{
    public ValueTask<RosterLookup> LookUpAsync(OnCallRoute route, CancellationToken cancellationToken) =>
        ValueTask.FromResult(RosterLookup.Failed(route, RosterOutcome.NotConfigured, "isn't configured"));
}
