using System.Globalization;
using System.Text;

namespace Wayfinder.Skills.Onboarding.Messages;

/// <summary>
/// The text of a manager's weekly digest (Markdown, as plan messages are): for each new hire, their plan and start date,
/// then the overdue, open and done steps.
/// </summary>
public static class ManagerDigestText
{
    public static string Render(IReadOnlyList<DigestHire> hires)
    {
        ArgumentNullException.ThrowIfNull(hires);
        var text = new StringBuilder("Where your new hires are with their onboarding:");
        foreach (var hire in hires)
        {
            text.Append("\n\n**").Append(hire.Name).Append("**: ").Append(hire.PlanTitle)
                .Append(CultureInfo.InvariantCulture, $", from {hire.Start:dddd d MMMM yyyy}");
            var progress = hire.Progress;
            if (progress.Overdue.Count > 0)
            {
                text.Append("\nOverdue: ").AppendJoin(", ", progress.Overdue.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.StepId} (since {o.Since:ddd d MMM})")));
            }

            if (progress.Open.Count > 0)
            {
                text.Append("\nOpen: ").AppendJoin(", ", progress.Open);
            }

            text.Append("\nDone: ").Append(progress.Done.Count > 0 ? string.Join(", ", progress.Done) : "none yet");
        }

        return text.ToString();
    }
}
