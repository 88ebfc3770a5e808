namespace Wayfinder.Bench.Compare;

/// <summary>Start to ready of the Release bot: entities, where the index lives (<c>memory</c> or <c>disk</c>), seconds.</summary>
internal sealed record StartupResult(int Entities, string Index, double Seconds);
