namespace Wayfinder.Skills.Onboarding.Scheduling;

/// <summary>
/// When nudges may go out: on workdays (Monday to Friday unless set otherwise), except holidays, outside quiet hours (which may wrap midnight, e.g.
/// 19:00–08:00). Times are local to the person.
/// </summary>
/// <param name="Holidays">Dates nobody works.</param>
/// <param name="QuietFrom">Start of quiet hours.</param>
/// <param name="QuietUntil">End of quiet hours: a nudge due in quiet hours goes out at this time instead.</param>
public sealed record WorkCalendar(IReadOnlySet<DateOnly> Holidays, TimeOnly QuietFrom, TimeOnly QuietUntil)
{
    // Declared before Default, which uses it: static fields initialise in order.
    private static readonly HashSet<DayOfWeek> MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>The send time of steps that name none.</summary>
    public static TimeOnly DefaultSendTime { get; } = new(9, 30);

    /// <summary>No holidays, quiet from 19:00 to 08:00.</summary>
    public static WorkCalendar Default { get; } = new(new HashSet<DateOnly>(), new TimeOnly(19, 0), new TimeOnly(8, 0));

    /// <summary>The days of the week people work. Default: Monday to Friday.</summary>
    public IReadOnlySet<DayOfWeek> Workdays { get; init; } = MondayToFriday;

    public bool IsWorkday(DateOnly date) => Workdays.Contains(date.DayOfWeek) && !Holidays.Contains(date);

    /// <summary>The <paramref name="n"/>-th workday counting from <paramref name="start"/> (the first workday on or after it is 1).</summary>
    public DateOnly NthWorkday(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var date = NextWorkday(start);
        return AddWorkdays(date, n - 1);
    }

    /// <summary>The workday <paramref name="workdays"/> workdays after <paramref name="date"/>.</summary>
    public DateOnly AddWorkdays(DateOnly date, int workdays)
    {
        for (var added = 0; added < workdays;)
        {
            date = date.AddDays(1);
            added += IsWorkday(date) ? 1 : 0;
        }

        return date;
    }

    /// <summary><paramref name="date"/> itself when it is a workday, else the next one.</summary>
    public DateOnly NextWorkday(DateOnly date)
    {
        while (!IsWorkday(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    public bool IsQuiet(TimeOnly time) =>
        QuietFrom == QuietUntil ? false
        : QuietFrom < QuietUntil ? time >= QuietFrom && time < QuietUntil
        : time >= QuietFrom || time < QuietUntil;

    /// <summary>The time itself, or the end of quiet hours when it falls in them.</summary>
    public TimeOnly Allowed(TimeOnly time) => IsQuiet(time) ? QuietUntil : time;
}
