using System.Globalization;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Bot.Onboarding.Plans;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Onboarding.Messages;
using Wayfinder.Skills.Onboarding.Scheduling;

namespace Wayfinder.Bot.Onboarding.Digest;

/// <summary>
/// Writes one manager's weekly digest from their new hires' enrolments: per person the plan title, the start date, and the
/// steps done, open and overdue (a step is overdue when the local day of its first message has passed where the person
/// is and it is not done). People with nothing left to tick off are left out; <c>null</c> when nobody is left.
/// </summary>
internal sealed class ManagerDigestComposer(ICatalog catalog, OnboardingPlans plans, TimeProvider time)
{
    public NudgeMessage? Compose(DigestWeek week, IReadOnlyList<EnrolledHire> hires)
    {
        var snapshot = catalog.Snapshot;
        var lines = hires.Select(h => Hire(snapshot, h)).OfType<DigestHire>().Where(h => !h.Progress.Finished)
            .OrderBy(h => h.Start).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();
        return lines.Count == 0
            ? null
            : new NudgeMessage("", string.Create(CultureInfo.InvariantCulture, $"Onboarding digest, week of {week.Monday:d MMMM yyyy}"), ManagerDigestText.Render(lines), [], []);
    }

    private DigestHire? Hire(CatalogSnapshot snapshot, EnrolledHire hire)
    {
        var enrollment = hire.Enrollment;
        if (plans.Current.Find(enrollment.Plan) is not { } plan)
        {
            return null;
        }

        var today = LocalTime.Of(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(enrollment.TimeZone)).Date;
        var done = hire.Steps.Where(s => s.Done).Select(s => s.StepId).ToHashSet(StringComparer.Ordinal);
        var firstDay = hire.Nudges.SelectMany(n => n.StepIds.Select(step => (Step: step, n.LocalDate)))
            .GroupBy(n => n.Step, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(n => n.LocalDate), StringComparer.Ordinal);
        var name = EnrollmentPeople.ByRef(snapshot, enrollment.Person)?.DisplayName ?? enrollment.Email;
        return new DigestHire(name, plan.Title, enrollment.StartDate, OnboardingProgress.Of(plan, done, firstDay, today));
    }
}
