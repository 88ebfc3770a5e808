using System.Text.RegularExpressions;

namespace Wayfinder.Bot.Onboarding.Chat;

/// <summary>
/// Recognises <c>onboard @jane start 2026-12-07 [plan backend] [buddy @sam]</c>, <c>my onboarding</c> and
/// <c>onboarding status @jane</c>; anything else is a question for the skills.
/// </summary>
internal static partial class OnboardingCommandParser
{
    public static OnboardingCommand? Parse(string text)
    {
        var trimmed = text.Trim();
        if (Enroll().Match(trimmed) is { Success: true } enroll)
        {
            return new OnboardingCommand(OnboardingCommandKind.Enroll, enroll.Groups["who"].Value, enroll.Groups["date"].Value,
                Optional(enroll, "plan"), Optional(enroll, "buddy"));
        }

        if (Mine().IsMatch(trimmed))
        {
            return new OnboardingCommand(OnboardingCommandKind.Mine);
        }

        return Status().Match(trimmed) is { Success: true } status
            ? new OnboardingCommand(OnboardingCommandKind.Status, status.Groups["who"].Value.Trim())
            : null;
    }

    private static string? Optional(Match match, string group) => match.Groups[group].Success ? match.Groups[group].Value : null;

    [GeneratedRegex(@"^(?:@?\S+\s+)?onboard\s+(?<who>.+?)\s+(?:start(?:ing)?|from)\s+(?<date>\S+)(?:\s+plan\s+(?<plan>\S+))?(?:\s+buddy\s+(?<buddy>.+?))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Enroll();

    [GeneratedRegex(@"^(?:@?\S+\s+)?(?:show\s+)?my\s+(?:onboarding|checklist)(?:\s+(?:status|checklist|steps))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Mine();

    [GeneratedRegex(@"^(?:@?\S+\s+)?onboarding\s+(?:status|progress|checklist)\s+(?:of\s+|for\s+)?(?<who>.+?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Status();
}
