namespace Wayfinder.Skills.OnCall;

/// <summary>The result of asking a provider who is on call: people as of a time, or why there are none.</summary>
public sealed record RosterLookup
{
    /// <summary>How the lookup ended.</summary>
    public required RosterOutcome Outcome { get; init; }

    /// <summary>The route asked.</summary>
    public required OnCallRoute Route { get; init; }

    /// <summary>Who is on call, first escalation level first; empty unless <see cref="RosterOutcome.Found"/>.</summary>
    public IReadOnlyList<OnCallPerson> People { get; init; } = [];

    /// <summary>When the provider answered (a cached answer keeps its time).</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>What was asked, as the provider names it: <c>service Checkout</c>, <c>schedule last-mile_schedule</c>.</summary>
    public string? SourceName { get; init; }

    /// <summary>A page about it in the provider's web app, when known.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Why nobody could be named (no secrets, no raw error text): "didn't answer in time".</summary>
    public string? Reason { get; init; }

    /// <summary>A lookup that could not be made or answered.</summary>
    public static RosterLookup Failed(OnCallRoute route, RosterOutcome outcome, string reason) =>
        new() { Outcome = outcome, Route = route, Reason = reason };
}
