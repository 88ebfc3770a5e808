using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.Compare;

/// <summary>The HTTP load run: entities served, concurrency, seconds measured, requests, requests/s, latency (µs) and non-200 answers.</summary>
internal sealed record HttpLoadResult(int Entities, int Concurrency, double Seconds, long Requests, double RequestsPerSecond, LatencyStats Latency, long Non200);
