namespace Wayfinder.Bot.Onboarding;

/// <summary>What chat platforms tell onboarding: a person ticked steps off.</summary>
public interface IOnboardingSteps
{
    /// <summary>Marks the steps done (again is harmless); false when the enrolment does not exist.</summary>
    Task<bool> CompleteAsync(string enrollmentId, IReadOnlyList<string> stepIds, CancellationToken cancellationToken);
}
