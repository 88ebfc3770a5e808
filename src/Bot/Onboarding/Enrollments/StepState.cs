namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>A step of an enrolment and whether the person has ticked it off.</summary>
public sealed record StepState(string StepId, bool Done, DateTimeOffset? DoneAt);
