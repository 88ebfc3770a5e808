using System.Globalization;
using System.Text;
using Wayfinder.Bench.Reporting;

namespace Wayfinder.Bench.Compare;

/// <summary>Renders the comparison as Markdown: the accuracy/latency/build/memory table per size, HTTP, start to ready, targets.</summary>
internal static class CompareReport
{
    public static string Render(CompareResults results, MachineInfo machine, DateTimeOffset date, string revision)
    {
        var text = new StringBuilder();
        text.AppendLine("# Wayfinder vs Backstage search (Lunr): who owns / docs / runbook").AppendLine();
        text.AppendLine(Line($"Machine: {machine.Describe()}  "));
        text.AppendLine(Line($"Date: {date:yyyy-MM-dd HH:mm} UTC · seed {results.Seed} · {Units.Count(results.Questions)} questions per size · source {revision} · run took {results.Minutes:F1} min")).AppendLine();
        text.AppendLine("| entities | system | top-1 | who-owns | docs | runbook | p50 | p99 | index build | peak RSS |");
        text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in results.Sizes)
        {
            AppendSize(text, size);
        }

        text.AppendLine().AppendLine("Ratios are Wayfinder/Lunr (below 1× means Wayfinder is faster or smaller). Wayfinder's index build is the whole load: "
            + "find and read the YAML files, parse, validate, relate and index; Lunr's is `lunr()` over already-parsed JSON (its JSON parsing is excluded). "
            + "Latency is per question, in process for both (Wayfinder after a 300-question warm-up). Peak RSS is each process's `VmHWM` / `maxRSS`.");
        text.AppendLine().AppendLine("Load average (1, 5, 15 min) at the start and end of each Wayfinder process; it includes this run's own earlier steps "
            + "(generation, the previous size's Lunr run), so compare it with other runs rather than with zero: " + string.Join("; ", results.Sizes.Select(s => Line($"{Units.Count(s.Wayfinder.Entities)}: {s.Wayfinder.LoadAverage}")))
            + ". Lunr's run took " + string.Join("; ", results.Sizes.Select(s => Line($"{Units.Seconds(s.Lunr.WallSeconds)} at {Units.Count(s.Wayfinder.Entities)}"))) + " (wall, parse to last answer).");
        CompareReportSections.AppendStyles(text, results.Sizes);
        CompareReportSections.AppendHttp(text, results.Http);
        CompareReportSections.AppendStartups(text, results.Startups);
        CompareReportSections.AppendTargets(text, results.Sizes);
        return text.ToString();
    }

    private static void AppendSize(StringBuilder text, CompareSize size)
    {
        var (w, l) = (size.Wayfinder, size.Lunr);
        var (wa, la) = (size.WayfinderAccuracy, size.LunrAccuracy);
        var entities = Units.Count(w.Entities);
        text.AppendLine(Line($"| {entities} | Wayfinder | {Units.Share(wa.Overall)} | {Intent(wa, CompareIntents.Owner)} | {Intent(wa, CompareIntents.Docs)} | {Intent(wa, CompareIntents.Runbook)} | {Units.Milliseconds(w.Latency.P50)} | {Units.Milliseconds(w.Latency.P99)} | {Units.Seconds(w.LoadSeconds)} | {Units.Megabytes(w.PeakRssBytes)} |"));
        text.AppendLine(Line($"| {entities} | Lunr {l.Summary.Lunr} | {Units.Share(la.Overall)} | {Intent(la, CompareIntents.Owner)} | {Intent(la, CompareIntents.Docs)} | {Intent(la, CompareIntents.Runbook)} | {Units.Milliseconds(l.Latency.P50)} | {Units.Milliseconds(l.Latency.P99)} | {Units.Seconds(l.Summary.BuildMs / 1000)} | {Units.Megabytes(l.Summary.PeakRssBytes)} |"));
        text.AppendLine(Line($"| {entities} | *Wayfinder/Lunr* | {Ratio(wa.Overall, la.Overall)} | | | | {Ratio(w.Latency.P50, l.Latency.P50)} | {Ratio(w.Latency.P99, l.Latency.P99)} | {Ratio(w.LoadSeconds, l.Summary.BuildMs / 1000)} | {Ratio(w.PeakRssBytes, l.Summary.PeakRssBytes)} |"));
    }

    public static string Intent(Accuracy accuracy, string intent) =>
        accuracy.ByIntent.TryGetValue(intent, out var share) ? Units.Share(share) : "n/a";

    /// <summary>Wayfinder/Lunr as <c>0.84×</c>, or <c>1/350×</c> when Wayfinder is more than ten times smaller.</summary>
    public static string Ratio(double wayfinder, double lunr) =>
        lunr <= 0 || wayfinder <= 0 ? "n/a"
        : wayfinder / lunr < 0.1 ? Line($"1/{lunr / wayfinder:N0}×")
        : Line($"{wayfinder / lunr:F2}×");

    public static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
