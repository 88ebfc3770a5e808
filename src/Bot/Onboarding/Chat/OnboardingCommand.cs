namespace Wayfinder.Bot.Onboarding.Chat;

/// <summary>An onboarding command typed in chat.</summary>
/// <param name="Kind">Enrol someone, show my checklist, or show someone's.</param>
/// <param name="Person">Who it is about (mention, email or name), for enrol and status.</param>
/// <param name="StartDate">The start date as typed, for enrol.</param>
/// <param name="Plan">The plan id, when given.</param>
/// <param name="Buddy">The buddy (mention, email or name), when given.</param>
internal sealed record OnboardingCommand(OnboardingCommandKind Kind, string? Person = null, string? StartDate = null, string? Plan = null, string? Buddy = null);

/// <summary>The onboarding commands.</summary>
internal enum OnboardingCommandKind
{
    Enroll,
    Mine,
    Status,
}
