using System.Text;
using Wayfinder.Bench.Reporting;
using static Wayfinder.Bench.Compare.CompareReport;

namespace Wayfinder.Bench.Compare;

/// <summary>The sections after the main table: accuracy by spelling, HTTP load, start to ready, targets at 100,000 entities.</summary>
internal static class CompareReportSections
{
    private const int TargetEntities = 100_000;
    private static readonly string[] Styles = ["exact", "spaced", "camel", "typo", "case", "extra-spaces"];

    public static void AppendStyles(StringBuilder text, IReadOnlyList<CompareSize> sizes)
    {
        text.AppendLine().AppendLine("## Top-1 accuracy by spelling").AppendLine();
        text.AppendLine($"| entities | system | {string.Join(" | ", Styles)} | unique names | shared names |");
        text.AppendLine($"|---:|---|{string.Concat(Styles.Select(_ => "---:|"))}---:|---:|");
        foreach (var size in sizes)
        {
            text.AppendLine(Line($"| {Units.Count(size.Wayfinder.Entities)} | Wayfinder | {Row(size.WayfinderAccuracy)} |"));
            text.AppendLine(Line($"| {Units.Count(size.Wayfinder.Entities)} | Lunr | {Row(size.LunrAccuracy)} |"));
        }

        text.AppendLine().AppendLine("A question is right when the top entity's owner is the expected owner (who-owns) or the top entity is the expected "
            + "entity (docs, runbook). Wayfinder's top entity is its answer's subject: a \"which one?\" answer has none and counts as wrong. Lunr's is "
            + "the first hit; its owner is looked up in the same catalog. *Shared names*: questions whose subject shares its name (ignoring "
            + "spelling) with another Component, API, System or Resource, e.g. a Component and the API it provides; without a kind word "
            + "(\"the payments API\") such a question has two fair answers and only one counts. Questions with a shared name: "
            + string.Join("; ", sizes.Select(s => Line($"{s.Wayfinder.Questions.Count(q => q.SharedName):N0} of {s.Wayfinder.Questions.Count:N0} at {Units.Count(s.Wayfinder.Entities)}"))) + ".");
    }

    private static string Row(Accuracy accuracy) =>
        string.Join(" | ", Styles.Select(s => accuracy.ByStyle.TryGetValue(s, out var share) ? Units.Share(share) : "n/a"))
        + $" | {Units.Share(accuracy.UniqueNames)} | {Units.Share(accuracy.SharedNames)}";

    public static void AppendHttp(StringBuilder text, HttpLoadResult? http)
    {
        text.AppendLine().AppendLine("## HTTP: GET /api/ask on the Release bot (loopback)").AppendLine();
        if (http is null)
        {
            text.AppendLine("Not run (no `--bot`).");
            return;
        }

        text.AppendLine("| entities | loops | seconds | requests | requests/s | p50 | p99 | max | non-200 |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        text.AppendLine(Line($"| {Units.Count(http.Entities)} | {http.Concurrency} | {http.Seconds:F1} | {http.Requests:N0} | {http.RequestsPerSecond:N0} | {Units.Milliseconds(http.Latency.P50)} | {Units.Milliseconds(http.Latency.P99)} | {Units.Milliseconds(http.Latency.Max)} | {http.Non200:N0} |"));
        text.AppendLine().AppendLine("Closed loops of HttpClient in the bench process, cycling through the question set, after 2 s of warm-up; "
            + "client and bot share the machine's cores.");
    }

    public static void AppendStartups(StringBuilder text, IReadOnlyList<StartupResult> startups)
    {
        text.AppendLine().AppendLine("## Start to ready (Release bot)").AppendLine();
        if (startups.Count == 0)
        {
            text.AppendLine("Not run (no `--bot`).");
            return;
        }

        text.AppendLine("| entities | index | start to ready |");
        text.AppendLine("|---:|---|---:|");
        foreach (var startup in startups)
        {
            text.AppendLine(Line($"| {Units.Count(startup.Entities)} | {startup.Index} | {Units.Seconds(startup.Seconds)} |"));
        }

        text.AppendLine().AppendLine("From `Process.Start` to `/healthz` answering 200 and `/api/ask` answering a who-owns question with a subject. "
            + "`disk` sets `Catalog:IndexPath` to a fresh, empty folder, so the index is written there at start.");
    }

    public static void AppendTargets(StringBuilder text, IReadOnlyList<CompareSize> sizes)
    {
        foreach (var size in sizes.Where(s => s.Wayfinder.Entities >= TargetEntities))
        {
            var (w, l) = (size.Wayfinder, size.Lunr);
            text.AppendLine().AppendLine(Line($"## Targets at {Units.Count(w.Entities)} entities (goals, not asserted)")).AppendLine();
            Check(text, "Wayfinder top-1 ≥ 98%", size.WayfinderAccuracy.Overall >= 0.98, Units.Share(size.WayfinderAccuracy.Overall));
            Check(text, "Wayfinder top-1 above Lunr's", size.WayfinderAccuracy.Overall > size.LunrAccuracy.Overall,
                $"{Units.Share(size.WayfinderAccuracy.Overall)} vs {Units.Share(size.LunrAccuracy.Overall)}");
            Check(text, "Wayfinder p99 ≥ 10× lower than Lunr's", w.Latency.P99 * 10 <= l.Latency.P99,
                $"{Units.Milliseconds(w.Latency.P99)} vs {Units.Milliseconds(l.Latency.P99)}");
            Check(text, "Wayfinder index build faster than Lunr's", w.LoadSeconds < l.Summary.BuildMs / 1000,
                $"{Units.Seconds(w.LoadSeconds)} vs {Units.Seconds(l.Summary.BuildMs / 1000)}");
            Check(text, "Wayfinder peak RSS < 500 MB", w.PeakRssBytes < 500_000_000, Units.Megabytes(w.PeakRssBytes));
        }
    }

    private static void Check(StringBuilder text, string target, bool met, string actual) =>
        text.AppendLine(Line($"- {(met ? "met" : "NOT MET")}: {target} (measured {actual})"));
}
