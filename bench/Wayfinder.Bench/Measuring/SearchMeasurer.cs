using System.Diagnostics;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bench.Measuring;

/// <summary>Times <see cref="ICatalog.Search"/> call by call and scores where the intended entity lands.</summary>
internal static class SearchMeasurer
{
    public const int Limit = 10;

    public static (SearchSetResult Result, long[] Ticks) Measure(ICatalog catalog, QuerySet queries)
    {
        var ticks = new long[queries.Probes.Count];
        int top1 = 0, top1SameName = 0, top10 = 0;
        for (var i = 0; i < ticks.Length; i++)
        {
            var probe = queries.Probes[i];
            var started = Stopwatch.GetTimestamp();
            var hits = catalog.Search(probe.Text, Limit).Hits;
            ticks[i] = Stopwatch.GetTimestamp() - started;
            var intendedKey = NameKey.Of(probe.Intended.Metadata.Name);
            top1 += hits.Count > 0 && hits[0].Entity.Ref == probe.Intended.Ref ? 1 : 0;
            top1SameName += hits.Count > 0 && NameKey.Of(hits[0].Entity.Metadata.Name) == intendedKey ? 1 : 0;
            top10 += hits.Any(h => h.Entity.Ref == probe.Intended.Ref) ? 1 : 0;
        }

        double Share(int count) => ticks.Length == 0 ? 0 : (double)count / ticks.Length;
        var result = new SearchSetResult(queries.Name, LatencyStats.FromTicks(ticks), Share(top1), Share(top1SameName), Share(top10));
        return (result, ticks);
    }
}
