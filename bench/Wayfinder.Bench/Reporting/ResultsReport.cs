using System.Globalization;
using System.Text;
using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.Reporting;

/// <summary>Renders the results as Markdown: the summary table, target checks, then details per size.</summary>
internal static class ResultsReport
{
    /// <summary>The targets the bench checks, at 100,000 entities.</summary>
    public const int TargetEntities = 100_000;

    public static string Render(IReadOnlyList<SizeReport> sizes, MachineInfo machine, DateTimeOffset date, string revision, int seed)
    {
        var text = new StringBuilder();
        text.AppendLine("# Wayfinder catalog benchmark").AppendLine();
        text.AppendLine(Line($"Machine: {machine.Describe()}  "));
        text.AppendLine(Line($"Date: {date:yyyy-MM-dd HH:mm} UTC · seed {seed} · source {revision}")).AppendLine();
        text.AppendLine("| entities | load+index | lookup p50 | lookup p99 | search p50 | search p99 | ask p50 | ask p99 | peak RSS |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in sizes.Select(s => s.Measurement))
        {
            text.AppendLine(Line($"| {Units.Count(m.Entities)} | {Units.Seconds(m.LoadSeconds)} | {Units.Microseconds(m.Lookup.P50)} | {Units.Microseconds(m.Lookup.P99)} | {Units.Milliseconds(m.Search.P50)} | {Units.Milliseconds(m.Search.P99)} | {Units.Milliseconds(m.Ask.P50)} | {Units.Milliseconds(m.Ask.P99)} | {Units.Megabytes(m.PeakRssBytes)} |"));
        }

        foreach (var size in sizes.Where(s => s.Measurement.Entities == TargetEntities))
        {
            AppendTargets(text, size.Measurement);
        }

        foreach (var size in sizes)
        {
            SizeDetails.Append(text, size);
        }

        return text.ToString();
    }

    private static void AppendTargets(StringBuilder text, SizeMeasurement m)
    {
        text.AppendLine().AppendLine(Line($"Targets at {Units.Count(TargetEntities)} entities:")).AppendLine();
        Check(text, "load+index under 10 s", m.LoadSeconds < 10, Units.Seconds(m.LoadSeconds));
        Check(text, "lookup p99 under 1 ms", m.Lookup.P99 < 1000, Units.Microseconds(m.Lookup.P99));
        Check(text, "search p99 under 5 ms", m.Search.P99 < 5000, Units.Milliseconds(m.Search.P99));
        Check(text, "ask p99 under 2 ms", m.Ask.P99 < 2000, Units.Milliseconds(m.Ask.P99));
        Check(text, "peak RSS under 500 MB", m.PeakRssBytes < 500_000_000, Units.Megabytes(m.PeakRssBytes));
    }

    private static void Check(StringBuilder text, string target, bool met, string actual) =>
        text.AppendLine(Line($"- {(met ? "met" : "MISSED")}: {target} (measured {actual})"));

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
