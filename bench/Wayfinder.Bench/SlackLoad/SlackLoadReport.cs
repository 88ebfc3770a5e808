using System.Globalization;
using System.Text;
using Wayfinder.Bench.Reporting;

namespace Wayfinder.Bench.SlackLoad;

/// <summary>The Slack load run as Markdown.</summary>
internal static class SlackLoadReport
{
    public static string Render(SlackLoadResult r, MachineInfo machine, DateTimeOffset date)
    {
        var text = new StringBuilder();
        text.AppendLine("# Wayfinder Slack ack benchmark").AppendLine();
        text.AppendLine(Line($"Machine: {machine.Describe()}  "));
        text.AppendLine(Line($"Date: {date:yyyy-MM-dd HH:mm} UTC")).AppendLine();
        text.AppendLine("| mentions | target rate | achieved rate | ack p50 | ack p99 | ack max | non-200 | answered once | unanswered | answered twice |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        text.AppendLine(Line($"| {r.Sent:N0} | {r.TargetRate:F0}/s | {r.AchievedRate:F0}/s | {r.Ack.P50 / 1000:F2} ms | {r.Ack.P99 / 1000:F2} ms | {r.Ack.Max / 1000:F1} ms | {r.Non200} | {r.AnsweredOnce:N0} | {r.Unanswered} | {r.AnsweredTwice} |"));
        text.AppendLine().AppendLine(Line($"Every reply arrived {r.DrainSeconds:F1} s after the last mention (replies are paced at one a second per channel; 500 channels)."));
        text.AppendLine(Line($"- {(r.Ack.P99 < 50_000 ? "met" : "MISSED")}: ack p99 under 50 ms at {r.TargetRate:F0} requests/s (measured {r.Ack.P99 / 1000:F2} ms)"));
        text.AppendLine(Line($"- {(r.AnsweredOnce == r.Sent ? "met" : "MISSED")}: every question answered exactly once ({r.AnsweredOnce:N0} of {r.Sent:N0})"));
        return text.ToString();
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
