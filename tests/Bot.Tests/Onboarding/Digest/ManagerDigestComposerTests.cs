using Microsoft.Extensions.Time.Testing;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Bot.Onboarding.Digest;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Bot.Tests.Support;
using Wayfinder.Skills.Onboarding.Scheduling;

namespace Wayfinder.Bot.Tests.Onboarding.Digest;

/// <summary>
/// A manager's digest from the shipped default plan (Done steps: accounts-and-tools on day 1, meet-your-buddy on day 2,
/// first-deploy, on-call-shadowing, week-two-check-in later) with a fake clock: done, open and overdue by the person's own date.
/// </summary>
public sealed class ManagerDigestComposerTests(PantrypostCatalog sample) : IClassFixture<PantrypostCatalog>
{
    private static readonly DateOnly Monday = new(2026, 5, 4);

    [Fact]
    public void Compose_ThirdWorkday_PastStepsNotDoneOverdueLaterOnesOpenTickedOnesDone()
    {
        var clock = new FakeTimeProvider(At("2026-05-06T12:00:00Z"));
        var hire = Hire("Europe/London", enrolledAt: At("2026-04-20T10:00:00Z"), done: ["meet-your-buddy"]);

        var text = Compose(clock, hire)!.Text;

        Assert.Contains("**Liam O'Connor**: Your first three weeks in Pantrypost Engineering, from Monday 4 May 2026", text, StringComparison.Ordinal);
        Assert.Contains("\nOverdue: accounts-and-tools (since Mon 4 May)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nOpen: first-deploy, on-call-shadowing, week-two-check-in\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\nDone: meet-your-buddy", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_StepDueToday_OpenNotOverdue()
    {
        var clock = new FakeTimeProvider(At("2026-05-04T18:00:00Z"));
        var hire = Hire("Europe/London", enrolledAt: At("2026-04-20T10:00:00Z"));

        var digest = Compose(clock, hire)!;

        Assert.Equal("Onboarding digest, week of 4 May 2026", digest.Title);
        Assert.DoesNotContain("Overdue", digest.Text, StringComparison.Ordinal);
        Assert.Contains("\nOpen: accounts-and-tools, meet-your-buddy, first-deploy, on-call-shadowing, week-two-check-in\nDone: none yet", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PersonAlreadyOnTheNextDay_OverdueByTheirDateNotUtc()
    {
        var clock = new FakeTimeProvider(At("2026-05-04T13:00:00Z")); // Tuesday 01:00 in Auckland
        var hire = Hire("Pacific/Auckland", enrolledAt: At("2026-04-20T10:00:00Z"));

        var text = Compose(clock, hire)!.Text;

        Assert.Contains("\nOverdue: accounts-and-tools (since Mon 4 May)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EnrolledLate_CaughtUpStepsOpenOnTheCatchUpDayOverdueAfter()
    {
        var clock = new FakeTimeProvider(At("2026-05-06T12:00:00Z"));
        var hire = Hire("Europe/London", enrolledAt: At("2026-05-06T08:00:00Z"));

        var sameDay = Compose(clock, hire)!.Text;
        clock.Advance(TimeSpan.FromDays(1));
        var nextDay = Compose(clock, hire)!.Text;

        Assert.DoesNotContain("Overdue", sameDay, StringComparison.Ordinal);
        Assert.Contains("\nOverdue: accounts-and-tools (since Wed 6 May), meet-your-buddy (since Wed 6 May)\n", nextDay, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EveryStepDone_Nothing()
    {
        var clock = new FakeTimeProvider(At("2026-05-20T12:00:00Z"));
        var hire = Hire("Europe/London", enrolledAt: At("2026-04-20T10:00:00Z"),
            done: ["accounts-and-tools", "meet-your-buddy", "first-deploy", "on-call-shadowing", "week-two-check-in"]);

        Assert.Null(Compose(clock, hire));
    }

    private NudgeMessage? Compose(FakeTimeProvider clock, EnrolledHire hire) =>
        new ManagerDigestComposer(sample.Catalog, sample.Plans, clock).Compose(DigestWeek.Of(clock.GetUtcNow(), TimeZoneInfo.Utc), [hire]);

    /// <summary>Liam, on the default plan from Monday 4 May 2026, with the schedule the bot computes when enrolling at <paramref name="enrolledAt"/>.</summary>
    private EnrolledHire Hire(string zone, DateTimeOffset enrolledAt, params string[] done)
    {
        var plan = sample.Plans.Current.Find("default")!;
        var enrollment = new Enrollment("e1", "liam.oconnor@pantrypost.example.com", "user:default/liam.oconnor", plan.Id, Monday, zone,
            "user:default/hannah.lindqvist", null, enrolledAt);
        var nudges = NudgeSchedule.Plan(plan, Monday, TimeZoneInfo.FindSystemTimeZoneById(zone), WorkCalendar.Default, enrolledAt)
            .Select(n => new NudgeRecord("e1", n.Id, n.Kind.ToString(), n.StepIds, n.LocalDate, n.DueUtc, NudgeStatus.Pending, 0, null))
            .ToList();
        var steps = plan.Steps.Select(s => new StepState(s.Id, done.Contains(s.Id), done.Contains(s.Id) ? enrolledAt : null)).ToList();
        return new EnrolledHire(enrollment, nudges, steps);
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
