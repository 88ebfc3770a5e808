using System.Globalization;
using System.Text;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Skills.Onboarding;

namespace Wayfinder.Bot.Onboarding.Chat;

/// <summary>A person's onboarding as a checklist: each step, done or not, and when it was or will be sent.</summary>
internal static class OnboardingChecklist
{
    public static string Render(string name, OnboardingPlan plan, Enrollment enrollment, IReadOnlyList<NudgeRecord> nudges, IReadOnlyList<StepState> steps)
    {
        var done = steps.Where(s => s.Done).Select(s => s.StepId).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Onboarding of {name}: {plan.Title}, from {enrollment.StartDate:dddd d MMMM yyyy}")
            .Append(enrollment.CancelledAt is null ? "." : " (cancelled).");
        foreach (var step in plan.Steps)
        {
            var nudge = nudges.FirstOrDefault(n => n.StepIds.Contains(step.Id) && n.Kind != "Reminder");
            var mark = done.Contains(step.Id) ? "[x]" : step.NeedsDone ? "[ ]" : " - ";
            text.Append('\n').Append(mark).Append(' ').Append(step.Id).Append(CultureInfo.InvariantCulture, $" (day {step.Workday})").Append(When(nudge));
        }

        var open = plan.Steps.Count(s => s.NeedsDone && !done.Contains(s.Id));
        return text.Append('\n').Append(open == 0 ? "Nothing left to tick off." : $"{open} step(s) still to tick off.").ToString();
    }

    private static string When(NudgeRecord? nudge) => nudge?.Status switch
    {
        NudgeStatus.Sent => $": sent {nudge.SentAt:d MMM}",
        NudgeStatus.Pending or NudgeStatus.Sending => string.Create(CultureInfo.InvariantCulture, $": due {nudge.DueUtc:ddd d MMM HH:mm} UTC"),
        NudgeStatus.Failed => ": could not be delivered",
        NudgeStatus.Skipped => ": skipped",
        _ => string.Empty,
    };
}
