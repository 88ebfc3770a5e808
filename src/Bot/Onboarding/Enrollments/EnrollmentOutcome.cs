namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>What an enrolment request came to: a new enrolment, the existing one, or why it was refused.</summary>
public sealed record EnrollmentOutcome(EnrollmentView? Enrollment, bool Created, string? ProblemTitle = null, string? ProblemDetail = null)
{
    public static EnrollmentOutcome Refused(string title, string detail) => new(null, false, title, detail);
}
