namespace Wayfinder.Skills.Onboarding.Scheduling;

/// <summary>One message of a person's onboarding, with when it is due.</summary>
/// <param name="Id">Stable within the enrolment: the step id, <c>{step}:remind:{n}</c>, or <c>catch-up</c>.</param>
/// <param name="Kind">Step, reminder or catch-up.</param>
/// <param name="StepIds">The steps it is about (several for a catch-up).</param>
/// <param name="LocalDate">The person's local date it is due on.</param>
/// <param name="DueUtc">When it is due.</param>
public sealed record PlannedNudge(string Id, NudgeKind Kind, IReadOnlyList<string> StepIds, DateOnly LocalDate, DateTimeOffset DueUtc);
