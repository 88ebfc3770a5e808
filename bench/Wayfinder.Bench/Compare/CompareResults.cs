namespace Wayfinder.Bench.Compare;

/// <summary>Everything one <c>--compare</c> run measured: per size, the HTTP load (largest size) and start-to-ready.</summary>
internal sealed record CompareResults(int Seed, int Questions, List<CompareSize> Sizes, HttpLoadResult? Http, List<StartupResult> Startups, double Minutes);
