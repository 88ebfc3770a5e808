using Wayfinder.Skills.OnCall;

namespace Wayfinder.Skills.Tests.Support;

/// <summary>A roster that answers from a table of routes; unknown routes are "didn't answer", and every route asked is recorded.</summary>
public sealed class FakeOnCallRoster : IOnCallRoster
{
    private readonly Dictionary<OnCallRoute, RosterLookup> _lookups = [];
    private readonly List<OnCallRoute> _asked = [];

    /// <summary>Every route asked, in order.</summary>
    public IReadOnlyList<OnCallRoute> Asked
    {
        get
        {
            lock (_asked)
            {
                return [.. _asked];
            }
        }
    }

    /// <summary>Answers <paramref name="lookup"/> for its route.</summary>
    public FakeOnCallRoster Answer(RosterLookup lookup)
    {
        _lookups[lookup.Route] = lookup;
        return this;
    }

    public ValueTask<RosterLookup> LookUpAsync(OnCallRoute route, CancellationToken cancellationToken)
    {
        lock (_asked)
        {
            _asked.Add(route);
        }

        return ValueTask.FromResult(_lookups.TryGetValue(route, out var lookup)
            ? lookup
            : RosterLookup.Failed(route, RosterOutcome.Unavailable, "didn't answer"));
    }
}
