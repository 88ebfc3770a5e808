using System.Diagnostics;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bench.Measuring;

/// <summary>Times <see cref="CatalogSnapshot.FindByName"/> call by call and checks each returns the intended entity.</summary>
internal static class LookupMeasurer
{
    public static (LatencyStats Latency, int Misses) Measure(CatalogSnapshot snapshot, QuerySet queries)
    {
        var ticks = new long[queries.Probes.Count];
        var misses = 0;
        for (var i = 0; i < ticks.Length; i++)
        {
            var probe = queries.Probes[i];
            var started = Stopwatch.GetTimestamp();
            var found = snapshot.FindByName(probe.Text);
            ticks[i] = Stopwatch.GetTimestamp() - started;
            if (!found.Any(e => e.Ref == probe.Intended.Ref))
            {
                misses++;
            }
        }

        return (LatencyStats.FromTicks(ticks), misses);
    }
}
