using System.Text.RegularExpressions;

namespace Wayfinder.Skills.Onboarding;

/// <summary>
/// The placeholders a step's message may use, written <c>{{person.name}}</c> (spaces inside the braces allowed),
/// filled from the catalog when the step is sent.
/// </summary>
public static partial class PlanPlaceholders
{
    /// <summary>Every placeholder name a plan may use, in the order documented.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "person.name", "person.email", "person.firstName",
        "team.name", "team.channel", "team.owned", "team.runbooks", "team.docs", "team.oncall",
        "buddy", "manager", "start.date", "plan.title",
    ];

    /// <summary>True when <paramref name="name"/> is one of <see cref="Names"/> (exact, case-sensitive).</summary>
    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The placeholder names used in <paramref name="message"/>, in order of first use, without repeats.</summary>
    public static IReadOnlyList<string> In(string message) =>
        Placeholder().Matches(message).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]*?)\s*\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}
