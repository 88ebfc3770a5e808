using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.Compare;

/// <summary>What the Wayfinder child process measured for one catalog size, with the question set and its answers.</summary>
internal sealed record WayfinderMeasurement
{
    public required int Entities { get; init; }
    /// <summary>First <c>ICatalog.ReloadAsync</c>: read, parse YAML, validate, relate, index (Wayfinder's index build).</summary>
    public required double LoadSeconds { get; init; }
    /// <summary>Per question, after a warm-up, in µs.</summary>
    public required LatencyStats Latency { get; init; }
    public required long PeakRssBytes { get; init; }
    public required string LoadAverage { get; init; }
    public required List<CompareQuestion> Questions { get; init; }
    /// <summary>The answer's subject per question id; <c>null</c> when Wayfinder named none (ambiguous or not found).</summary>
    public required Dictionary<int, string?> Tops { get; init; }
    /// <summary>Every entity's resolved owner ref, by entity ref: what both systems' top hits are graded with.</summary>
    public required Dictionary<string, string> Owners { get; init; }
}
