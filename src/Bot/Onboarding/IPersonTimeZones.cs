namespace Wayfinder.Bot.Onboarding;

/// <summary>
/// A chat platform that knows people's time zones (Slack's profile). Enrolment asks it first, with a short timeout, and
/// falls back to the time zone given with the enrolment, then <see cref="OnboardingOptions.DefaultTimeZone"/>.
/// </summary>
public interface IPersonTimeZones
{
    /// <summary>Where the time zone comes from, as the enrolment shows it, e.g. <c>slack</c>.</summary>
    string Source { get; }

    /// <summary>The IANA time zone of the person with this email; <c>null</c> when the platform does not know them or cannot say now.</summary>
    Task<string?> FindAsync(string email, CancellationToken cancellationToken);
}
