using System.Globalization;
using System.Text;
using Wayfinder.Bench.Reporting;

namespace Wayfinder.Bench.OnboardingLoad;

/// <summary>The onboarding load run as Markdown.</summary>
internal static class OnboardingLoadReport
{
    public static string Render(OnboardingLoadResult r, MachineInfo machine, DateTimeOffset date)
    {
        var text = new StringBuilder();
        text.AppendLine("# Wayfinder onboarding benchmark").AppendLine();
        text.AppendLine(Line($"Machine: {machine.Describe()}  "));
        text.AppendLine(Line($"Date: {date:yyyy-MM-dd HH:mm} UTC")).AppendLine();
        text.AppendLine("| enrolments × steps | enrol all | enrol p50 | enrol p99 | triggers stored | scheduler.db | wayfinder.db | nudges due at once | delivered | delivery rate |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var rate = r.DeliverySeconds > 0 ? r.Delivered / r.DeliverySeconds : 0;
        text.AppendLine(Line($"| {r.Enrollments:N0} × {r.StepsEach} | {r.EnrollSeconds:F1} s ({r.Enrollments / r.EnrollSeconds:F0}/s) | {r.Enroll.P50 / 1000:F1} ms | {r.Enroll.P99 / 1000:F1} ms | {r.Triggers:N0} | {r.SchedulerBytes / 1_048_576.0:F1} MB | {r.StateBytes / 1_048_576.0:F1} MB | {r.Due:N0} | {r.Delivered:N0} | {rate:F0}/s |"));
        return text.ToString();
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
