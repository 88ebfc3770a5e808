using System.Text;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Bot.Onboarding.Plans;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Onboarding;
using Wayfinder.Skills.Onboarding.Messages;

namespace Wayfinder.Bot.Onboarding.Delivery;

/// <summary>
/// Writes a nudge from the plan and today's catalog: the step's message with its placeholders filled, "Catching up"
/// for late enrolments, "Reminder" for reminders, and the person's other open steps ("You also have these open").
/// </summary>
internal sealed class NudgeComposer(ICatalog catalog, OnboardingPlans plans)
{
    public NudgeMessage? Compose(Enrollment enrollment, NudgeRecord nudge, IReadOnlyList<StepState> steps)
    {
        var snapshot = catalog.Snapshot;
        if (plans.Current.Find(enrollment.Plan) is not { } plan || Get(snapshot, enrollment.Person) is not { } person)
        {
            return null;
        }

        var facts = OnboardingFacts.Of(snapshot, plan, new NudgePeople(person, Get(snapshot, enrollment.Buddy), Get(snapshot, enrollment.Manager), enrollment.StartDate));
        var ours = plan.Steps.Where(s => nudge.StepIds.Contains(s.Id)).ToList();
        var text = new StringBuilder();
        text.Append(nudge.Kind switch
        {
            "CatchUp" => "Catching up on what you missed so far:\n\n",
            "Reminder" => "Reminder, still open:\n\n",
            _ => string.Empty,
        });
        text.AppendJoin("\n\n", ours.Select(s => PlanMessage.Fill(s.Message.Trim(), facts)));
        var done = steps.Where(s => s.Done).Select(s => s.StepId).ToHashSet(StringComparer.Ordinal);
        var open = plan.Steps.Where(s => s.NeedsDone && !done.Contains(s.Id) && !nudge.StepIds.Contains(s.Id) && Earlier(s, ours)).Select(s => s.Id).ToList();
        if (open.Count > 0)
        {
            text.Append("\n\nYou also have these open: ").AppendJoin(", ", open).Append('.');
        }

        var links = ours.SelectMany(s => s.Links).Select(l => (l.Title, l.Url)).Distinct().ToList();
        var doneSteps = ours.Where(s => s.NeedsDone && !done.Contains(s.Id)).Select(s => s.Id).ToList();
        return new NudgeMessage(enrollment.Id, plan.Title, text.ToString(), links, doneSteps);
    }

    private static bool Earlier(OnboardingStep step, List<OnboardingStep> current) =>
        current.Count > 0 && (step.Workday, step.SendAt).CompareTo((current.Min(s => s.Workday), current.Min(s => s.SendAt))) < 0;

    private static Entity? Get(CatalogSnapshot snapshot, string? reference) =>
        reference is not null && EntityRef.TryParse(reference, null, "default", out var parsed, out _) ? snapshot.Get(parsed) : null;
}
