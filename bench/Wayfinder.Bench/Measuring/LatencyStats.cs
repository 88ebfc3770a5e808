using System.Diagnostics;

namespace Wayfinder.Bench.Measuring;

/// <summary>Percentiles of per-call latencies, in microseconds.</summary>
/// <param name="Count">Calls measured.</param>
/// <param name="P50">Median.</param>
/// <param name="P99">99th percentile (nearest rank).</param>
/// <param name="Max">Slowest call.</param>
/// <param name="Mean">Average.</param>
internal sealed record LatencyStats(int Count, double P50, double P99, double Max, double Mean)
{
    /// <summary>Stats of <paramref name="ticks"/>, each a <see cref="Stopwatch.GetTimestamp"/> difference.</summary>
    public static LatencyStats FromTicks(IReadOnlyCollection<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0);
        }

        var sorted = ticks.Select(t => t * 1_000_000.0 / Stopwatch.Frequency).Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1], sorted.Average());
    }

    private static double Percentile(double[] sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
