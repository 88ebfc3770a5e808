namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>
/// An enrolment as the API shows it: who, which plan, the time zone and where it came from (<c>slack</c>, <c>request</c>,
/// <c>teams</c>, <c>default</c>), every nudge with when it goes out and its status, and the steps ticked off.
/// </summary>
public sealed record EnrollmentView(
    string Id, string Email, string Person, string Plan, string StartDate, string TimeZone, string? TimeZoneSource, string? Manager, string? Buddy, bool Cancelled,
    IReadOnlyList<EnrollmentStepView> Steps, IReadOnlyList<string> DoneSteps);

/// <summary>One nudge of an enrolment as the API shows it.</summary>
public sealed record EnrollmentStepView(string Id, string Kind, IReadOnlyList<string> Steps, string LocalDate, DateTimeOffset DueUtc, string Status, bool Done);
