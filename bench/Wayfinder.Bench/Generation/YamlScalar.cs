using System.Text.RegularExpressions;

namespace Wayfinder.Bench.Generation;

/// <summary>Writes a string as a YAML scalar: plain when that reads back as the same string, single-quoted otherwise.</summary>
internal static partial class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    public static string Format(string value) =>
        IsSafePlain(value) ? value : $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private static bool IsSafePlain(string value) =>
        SafePlain().IsMatch(value)
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && !value.EndsWith(':')
        && !Reserved.Contains(value);

    /// <summary>Starts with a letter (so never a number, date or indicator); no flow or comment characters.</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9 ._@/+:;()'-]*$")]
    private static partial Regex SafePlain();
}
