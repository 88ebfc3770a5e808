namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>A person enrolled in a plan from a start date.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Email">The person's email, lower-case (one active enrolment per email).</param>
/// <param name="Person">The person's catalog ref.</param>
/// <param name="Plan">The plan id.</param>
/// <param name="StartDate">Their first day.</param>
/// <param name="TimeZone">IANA time zone nudges are timed in.</param>
/// <param name="Manager">The manager's ref, when known.</param>
/// <param name="Buddy">The buddy's ref, when known.</param>
/// <param name="CreatedAt">When they were enrolled.</param>
/// <param name="CancelledAt">When the enrolment was cancelled, if it was.</param>
/// <param name="TimeZoneSource">Where <paramref name="TimeZone"/> came from (<c>slack</c>, <c>request</c>, <c>teams</c>, <c>default</c>); <c>null</c> when not recorded.</param>
public sealed record Enrollment(
    string Id, string Email, string Person, string Plan, DateOnly StartDate, string TimeZone, string? Manager, string? Buddy,
    DateTimeOffset CreatedAt, DateTimeOffset? CancelledAt = null, string? TimeZoneSource = null);
