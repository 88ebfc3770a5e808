using System.Text.RegularExpressions;

namespace Wayfinder.Skills.Onboarding.Messages;

/// <summary>Fills a step's <c>{{placeholders}}</c>; one left unknown (plans are validated, so only by mistake) stays as written.</summary>
public static partial class PlanMessage
{
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value);

    /// <summary>The placeholder names a template uses.</summary>
    public static IEnumerable<string> NamesIn(string template) => Placeholder().Matches(template).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z][A-Za-z0-9.]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
