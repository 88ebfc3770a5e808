using System.Globalization;
using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Onboarding;
using Wayfinder.Skills.Onboarding.Scheduling;

namespace Wayfinder.Skills.Tests.Onboarding;

/// <summary>When each onboarding message goes out: workdays, holidays, quiet hours, time zones and DST, late enrolment, reminders.</summary>
public sealed class NudgeScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTimeOffset LongBefore = At("2026-01-01T00:00:00Z");

    [Fact]
    public void Plan_StartOnAMonday_DayOneIsThatMondayAt0930Local()
    {
        var nudges = Plan(Steps(Step("welcome", 1)), "2026-12-07", NewYork);

        var welcome = Assert.Single(nudges);
        Assert.Equal(new DateOnly(2026, 12, 7), welcome.LocalDate);
        Assert.Equal(At("2026-12-07T14:30:00Z"), welcome.DueUtc);
    }

    [Fact]
    public void Plan_StartOnASaturday_DayOneIsTheNextMondayAndDayFiveFriday()
    {
        var nudges = Plan(Steps(Step("a", 1), Step("b", 5), Step("c", 6)), "2026-12-05", London);

        Assert.Equal(["2026-12-07", "2026-12-11", "2026-12-14"], nudges.Select(n => n.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Plan_HolidaysSkipped_LikeWeekends()
    {
        var calendar = WorkCalendar.Default with { Holidays = new HashSet<DateOnly> { new(2026, 12, 25), new(2026, 12, 28) } };

        var nudges = NudgeSchedule.Plan(Steps(Step("a", 1), Step("b", 2)), new DateOnly(2026, 12, 24), London, calendar, LongBefore);

        Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 29)], nudges.Select(n => n.LocalDate));
    }

    [Fact]
    public void Plan_SundayToThursdayWeek_FridayAndSaturdayOff()
    {
        var calendar = WorkCalendar.Default with { Workdays = new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday } };

        var nudges = NudgeSchedule.Plan(Steps(Step("a", 1), Step("b", 2)), new DateOnly(2026, 12, 10), London, calendar, LongBefore);

        Assert.Equal([new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 13)], nudges.Select(n => n.LocalDate));
    }

    [Fact]
    public void Plan_AcrossTheSpringDstChange_SameLocalTimeNewUtcOffset()
    {
        // British Summer Time starts on Sunday 29 March 2026.
        var nudges = Plan(Steps(Step("friday", 1), Step("monday", 2)), "2026-03-27", London);

        Assert.Equal([At("2026-03-27T09:30:00Z"), At("2026-03-30T08:30:00Z")], nudges.Select(n => n.DueUtc));
    }

    [Fact]
    public void ToUtc_TimeTheClocksSkip_MovedForwardByTheGap()
    {
        // Europe/Berlin jumps from 02:00 to 03:00 on Sunday 29 March 2026: 02:30 does not exist there.
        var due = LocalTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin);

        Assert.Equal(At("2026-03-29T01:00:00Z"), due);
    }

    [Fact]
    public void ToUtc_TimeThatHappensTwice_TheFirstOne()
    {
        // Clocks go back from 03:00 to 02:00 on 25 October 2026 in Berlin: 02:30 happens at 00:30Z and at 01:30Z.
        Assert.Equal(At("2026-10-25T00:30:00Z"), LocalTime.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin));
    }

    [Theory]
    [InlineData("07:00", "2026-12-07T08:00:00Z")]
    [InlineData("21:00", "2026-12-07T08:00:00Z")]
    [InlineData("18:59", "2026-12-07T18:59:00Z")]
    public void Plan_SendTimeInQuietHours_MovedToTheirEnd(string at, string expected)
    {
        var nudges = Plan(Steps(Step("a", 1, TimeOnly.Parse(at, CultureInfo.InvariantCulture))), "2026-12-07", London);

        Assert.Equal(At(expected), Assert.Single(nudges).DueUtc);
    }

    [Fact]
    public void Plan_EnrolledLate_PastStepsFoldedIntoOneCatchUpNow()
    {
        var now = At("2026-12-09T13:00:00Z"); // Wednesday 13:00 in London
        var nudges = NudgeSchedule.Plan(Steps(Step("a", 1), Step("b", 2), Step("c", 3), Step("d", 4)), new DateOnly(2026, 12, 7), London, WorkCalendar.Default, now);

        var catchUp = Assert.Single(nudges, n => n.Kind == NudgeKind.CatchUp);
        Assert.Equal(["a", "b", "c"], catchUp.StepIds);
        Assert.Equal(now, catchUp.DueUtc);
        Assert.Equal(["catch-up", "d"], nudges.Select(n => n.Id));
    }

    [Fact]
    public void Plan_EnrolledLateOnAFridayEvening_CatchUpMondayMorning()
    {
        var now = At("2026-12-11T20:00:00Z"); // Friday 20:00 in London, quiet hours
        var nudges = NudgeSchedule.Plan(Steps(Step("a", 1)), new DateOnly(2026, 12, 7), London, WorkCalendar.Default, now);

        var catchUp = Assert.Single(nudges);
        Assert.Equal(NudgeKind.CatchUp, catchUp.Kind);
        Assert.Equal(At("2026-12-14T09:30:00Z"), catchUp.DueUtc);
    }

    [Fact]
    public void Plan_DoneStepWithReminders_RemindersEveryNWorkdaysAtMostMTimes()
    {
        var step = Step("laptop", 1) with { NeedsDone = true, Reminder = new ReminderRule(2, 3) };

        var nudges = Plan(Steps(step), "2026-12-07", London);

        Assert.Equal(["laptop", "laptop:remind:1", "laptop:remind:2", "laptop:remind:3"], nudges.Select(n => n.Id));
        Assert.Equal([new DateOnly(2026, 12, 7), new(2026, 12, 9), new(2026, 12, 11), new(2026, 12, 15)], nudges.Select(n => n.LocalDate));
        Assert.All(nudges.Skip(1), n => Assert.Equal(NudgeKind.Reminder, n.Kind));
    }

    [Fact]
    public void Plan_RemindersWithoutDone_NoReminders()
    {
        var nudges = Plan(Steps(Step("read", 1) with { Reminder = new ReminderRule(1, 2) }), "2026-12-07", London);

        Assert.Single(nudges);
    }

    private static IReadOnlyList<PlannedNudge> Plan(OnboardingPlan plan, string start, TimeZoneInfo zone) =>
        NudgeSchedule.Plan(plan, DateOnly.Parse(start, CultureInfo.InvariantCulture), zone, WorkCalendar.Default, LongBefore);

    private static OnboardingPlan Steps(params OnboardingStep[] steps) =>
        new("test", "Test plan", PlanAudience.All, steps, new SourcePosition("plan.yaml", 1, 1));

    private static OnboardingStep Step(string id, int day, TimeOnly? at = null) =>
        new(id, day, at ?? WorkCalendar.DefaultSendTime, $"Step {id}", [], NeedsDone: false, Reminder: null, new SourcePosition("plan.yaml", 1, 1));

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);
}
