using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.Compare;

/// <summary>The Lunr baseline's run over one size: its summary, per-question latency (µs), top hit per question id, and wall time.</summary>
internal sealed record LunrMeasurement(LunrSummary Summary, LatencyStats Latency, Dictionary<int, string?> Tops, double WallSeconds);
