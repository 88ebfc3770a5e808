namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>The body of <c>POST /api/onboarding/enrollments</c>.</summary>
/// <param name="Email">The new hire's email, as in the catalog.</param>
/// <param name="StartDate">Their first day, <c>yyyy-MM-dd</c>.</param>
/// <param name="Plan">A plan id; default: the plan for the person's groups, else <see cref="OnboardingOptions.DefaultPlan"/>.</param>
/// <param name="TimeZone">IANA time zone; default: <see cref="OnboardingOptions.DefaultTimeZone"/>.</param>
/// <param name="Manager">The manager's email or user name; optional.</param>
/// <param name="Buddy">The buddy's email or user name; optional.</param>
public sealed record EnrollmentRequest(string? Email, string? StartDate, string? Plan, string? TimeZone, string? Manager, string? Buddy);
