namespace Wayfinder.Skills.Onboarding.Messages;

/// <summary>A step not ticked off after the day of its first message.</summary>
/// <param name="StepId">The step.</param>
/// <param name="Since">The local date of its first message.</param>
public sealed record OverdueStep(string StepId, DateOnly Since);
