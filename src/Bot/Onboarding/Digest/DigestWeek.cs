using System.Globalization;
using Wayfinder.Skills.Onboarding.Scheduling;

namespace Wayfinder.Bot.Onboarding.Digest;

/// <summary>An ISO week (Monday to Sunday) in the digest's time zone: a manager gets at most one digest per week.</summary>
/// <param name="Id">The week as <c>2026-W20</c>.</param>
/// <param name="Monday">Its first day.</param>
internal sealed record DigestWeek(string Id, DateOnly Monday)
{
    public static DigestWeek Of(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = LocalTime.Of(now, zone).Date.ToDateTime(TimeOnly.MinValue);
        var (year, week) = (ISOWeek.GetYear(today), ISOWeek.GetWeekOfYear(today));
        return new DigestWeek(string.Create(CultureInfo.InvariantCulture, $"{year}-W{week:00}"), DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
    }
}
