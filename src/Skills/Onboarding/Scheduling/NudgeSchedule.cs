namespace Wayfinder.Skills.Onboarding.Scheduling;

/// <summary>
/// A person's onboarding messages from a plan and a start date: each step on its workday at its local send time (moved
/// out of quiet hours), reminders of Done steps every N workdays, and — for someone enrolled late — every step already
/// past folded into one catch-up message instead of a burst.
/// </summary>
public static class NudgeSchedule
{
    public const string CatchUpId = "catch-up";

    public static IReadOnlyList<PlannedNudge> Plan(OnboardingPlan plan, DateOnly start, TimeZoneInfo zone, WorkCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(calendar);
        var nudges = new List<PlannedNudge>();
        var missed = new List<string>();
        foreach (var step in plan.Steps)
        {
            var date = calendar.NthWorkday(start, step.Workday);
            var due = LocalTime.ToUtc(date, calendar.Allowed(step.SendAt), zone);
            if (due < now)
            {
                missed.Add(step.Id);
            }
            else
            {
                nudges.Add(new PlannedNudge(step.Id, NudgeKind.Step, [step.Id], date, due));
            }

            nudges.AddRange(Reminders(step, date, zone, calendar, now));
        }

        if (missed.Count > 0)
        {
            var (date, due) = CatchUpTime(now, zone, calendar);
            nudges.Add(new PlannedNudge(CatchUpId, NudgeKind.CatchUp, missed, date, due));
        }

        return [.. nudges.OrderBy(n => n.DueUtc).ThenBy(n => n.Id, StringComparer.Ordinal)];
    }

    /// <summary>Now, when it is a workday outside quiet hours where the person is; else the next workday at the default send time.</summary>
    public static (DateOnly Date, DateTimeOffset Due) CatchUpTime(DateTimeOffset now, TimeZoneInfo zone, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (today, time) = LocalTime.Of(now, zone);
        if (calendar.IsWorkday(today) && !calendar.IsQuiet(time))
        {
            return (today, now);
        }

        var next = calendar.IsWorkday(today) && time < calendar.QuietUntil ? today : calendar.NextWorkday(today.AddDays(1));
        return (next, LocalTime.ToUtc(next, calendar.Allowed(WorkCalendar.DefaultSendTime), zone));
    }

    private static IEnumerable<PlannedNudge> Reminders(OnboardingStep step, DateOnly date, TimeZoneInfo zone, WorkCalendar calendar, DateTimeOffset now)
    {
        if (!step.NeedsDone || step.Reminder is not { } rule)
        {
            yield break;
        }

        for (var n = 1; n <= rule.MaxTimes; n++)
        {
            var day = calendar.AddWorkdays(date, rule.AfterWorkdays * n);
            var due = LocalTime.ToUtc(day, calendar.Allowed(step.SendAt), zone);
            if (due >= now)
            {
                yield return new PlannedNudge($"{step.Id}:remind:{n}", NudgeKind.Reminder, [step.Id], day, due);
            }
        }
    }
}
