namespace Wayfinder.Skills.Onboarding.Scheduling;

/// <summary>Local wall-clock times to instants, across daylight-saving changes.</summary>
public static class LocalTime
{
    /// <summary>
    /// The instant of <paramref name="date"/> at <paramref name="time"/> in <paramref name="zone"/>. A time the clocks
    /// skip (spring forward) moves forward by the gap; a time that happens twice (fall back) is the first one.
    /// </summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        for (var i = 0; i < 4 && zone.IsInvalidTime(local); i++)
        {
            local = local.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The local date and time of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static (DateOnly Date, TimeOnly Time) Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return (DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime));
    }
}
