namespace Wayfinder.Bench.Measuring;

/// <summary>How many calls are measured and warmed up per size.</summary>
/// <param name="Lookups">Exact-name lookups measured (the spaced variant measures as many again). Default 10,000.</param>
/// <param name="SearchesPerSet">Searches measured per query set (five sets). Default 500.</param>
/// <param name="WarmupLookups">Lookups run first and not measured. Default 2,000.</param>
/// <param name="WarmupSearches">Searches run first and not measured. Default 300.</param>
/// <param name="Asks">Questions answered and measured. Default 2,500.</param>
/// <param name="WarmupAsks">Questions answered first and not measured. Default 300.</param>
internal sealed record MeasureSettings(
    int Lookups = 10_000, int SearchesPerSet = 500, int WarmupLookups = 2_000, int WarmupSearches = 300, int Asks = 2_500, int WarmupAsks = 300);
