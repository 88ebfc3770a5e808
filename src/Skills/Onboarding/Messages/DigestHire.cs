namespace Wayfinder.Skills.Onboarding.Messages;

/// <summary>One new hire in their manager's weekly digest.</summary>
/// <param name="Name">The person's display name.</param>
/// <param name="PlanTitle">Their plan's title.</param>
/// <param name="Start">Their start date.</param>
/// <param name="Progress">Their steps: done, open and overdue.</param>
public sealed record DigestHire(string Name, string PlanTitle, DateOnly Start, OnboardingProgress Progress);
