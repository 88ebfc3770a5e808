using System.Globalization;
using System.Text;
using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.Reporting;

/// <summary>The details of one size: load figures, both lookup styles, each search set, and the phase profile.</summary>
internal static class SizeDetails
{
    public static void Append(StringBuilder text, SizeReport size)
    {
        var m = size.Measurement;
        text.AppendLine().AppendLine(Line($"## {Units.Count(m.Entities)} entities")).AppendLine();
        text.AppendLine(Line($"- {m.Files} files; {m.Errors} errors, {m.Warnings} warnings{(m.FirstProblem is null ? string.Empty : $" (first: {m.FirstProblem})")}; machine load average {m.LoadAverageAtStart} at start, {m.LoadAverageAtEnd} at end"));
        text.AppendLine(Line($"- load+index {Units.Seconds(m.LoadSeconds)}, of which GC pauses {m.LoadGcPauseMilliseconds:F0} ms ({m.LoadGcCounts} gen0/1/2 collections); allocated {Units.Megabytes(m.AllocatedDuringLoadBytes)} during the load"));
        text.AppendLine(Line($"- GC heap after load {Units.Megabytes(m.GcHeapAfterLoadBytes)}; RSS after load {Units.Megabytes(m.RssAfterLoadBytes)}; peak RSS (VmHWM) {Units.Megabytes(m.PeakRssBytes)}; peak working set {Units.Megabytes(m.PeakWorkingSetBytes)}; {(m.ServerGc ? "server" : "workstation")} GC"));
        text.AppendLine(Line($"- GC while searching: {m.SearchGcPauseMilliseconds:F0} ms of pauses ({m.SearchGcCounts} gen0/1/2 collections) over {Units.Count(m.Search.Count)} searches"));
        text.AppendLine().AppendLine("| query | calls | p50 | p99 | max | top-1 | top-1 same name | top-10 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        AppendLookup(text, "FindByName exact", m.Lookup, m.LookupMisses);
        AppendLookup(text, "FindByName \"Payments Api\" style", m.LookupVariant, m.LookupMisses);
        foreach (var set in m.SearchSets)
        {
            var l = set.Latency;
            text.AppendLine(Line($"| Search {set.Name} | {Units.Count(l.Count)} | {Units.Milliseconds(l.P50)} | {Units.Milliseconds(l.P99)} | {Units.Milliseconds(l.Max)} | {Units.Share(set.Top1)} | {Units.Share(set.Top1SameName)} | {Units.Share(set.Top10)} |"));
        }

        var a = m.Ask;
        text.AppendLine(Line($"| Ask (chat questions) | {Units.Count(a.Count)} | {Units.Milliseconds(a.P50)} | {Units.Milliseconds(a.P99)} | {Units.Milliseconds(a.Max)} | {Units.Share(m.AskResolved)} resolved or offered | | |"));

        if (size.Phases is { } phases)
        {
            AppendPhases(text, phases);
        }
    }

    private static void AppendLookup(StringBuilder text, string name, LatencyStats l, int misses) =>
        text.AppendLine(Line($"| {name} | {Units.Count(l.Count)} | {Units.Microseconds(l.P50)} | {Units.Microseconds(l.P99)} | {Units.Microseconds(l.Max)} | {(misses == 0 ? "all found" : $"{misses} missed")} | | |"));

    private static void AppendPhases(StringBuilder text, PhaseProfile phases)
    {
        text.AppendLine().AppendLine(Line($"Load phases, one after another in a fresh process ({Units.Count(phases.Entities)} entities). Read, parse, substitute and validate run on one thread here; the other phases run exactly as the catalog runs them:")).AppendLine();
        text.AppendLine("| phase | time | of which GC pauses | GCs gen0/1/2 | allocated | peak RSS during | GC heap after |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var p in phases.Phases.Append(phases.ParallelLoad))
        {
            text.AppendLine(Line($"| {p.Name} | {p.Milliseconds:F0} ms | {p.GcPauseMilliseconds:F0} ms | {p.GcCounts} | {Units.Megabytes(p.AllocatedBytes)} | {Units.Megabytes(p.PeakRssBytes)} | {Units.Megabytes(p.HeapAfterBytes)} |"));
        }

        var loaderPhases = phases.Phases.Take(5).Sum(p => p.Milliseconds);
        text.AppendLine().AppendLine(Line($"The first five phases are what the loader does per file; the real loader runs files in parallel: {phases.ParallelLoad.Milliseconds:F0} ms (warm) against {loaderPhases:F0} ms one after another."));
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
