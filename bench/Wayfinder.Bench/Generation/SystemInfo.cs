namespace Wayfinder.Bench.Generation;

/// <summary>A generated System, its theme word and its owning team.</summary>
internal sealed record SystemInfo(string Name, string Word, TeamInfo Owner);
