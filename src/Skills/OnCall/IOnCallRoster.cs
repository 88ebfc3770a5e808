namespace Wayfinder.Skills.OnCall;

/// <summary>
/// Who is on call right now according to a paging provider (PagerDuty, Opsgenie). The host supplies one that asks the
/// providers; without it every lookup is <see cref="RosterOutcome.NotConfigured"/> and answers come from the catalog alone.
/// </summary>
public interface IOnCallRoster
{
    /// <summary>The current on-call people for <paramref name="route"/>; never throws for a provider that is down or unconfigured.</summary>
    ValueTask<RosterLookup> LookUpAsync(OnCallRoute route, CancellationToken cancellationToken);
}
