namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>One scheduled nudge of an enrolment, as stored: what it is, when it is due, and what became of it.</summary>
public sealed record NudgeRecord(
    string EnrollmentId, string NudgeId, string Kind, IReadOnlyList<string> StepIds, DateOnly LocalDate, DateTimeOffset DueUtc,
    NudgeStatus Status, int Attempts, DateTimeOffset? SentAt);
