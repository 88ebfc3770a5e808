using Wayfinder.Catalog.Validation;
using System.Globalization;
using System.Text.RegularExpressions;
using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Skills.Onboarding;

/// <summary>Reads the kinds of values plan files are made of (ids, text, whole numbers), reporting what is wrong with them.</summary>
internal static partial class PlanFields
{
    /// <summary>Longest plan or step id.</summary>
    public const int MaxIdLength = 63;

    /// <summary>True when the key is missing or its value is an unquoted empty value, <c>~</c> or <c>null</c>.</summary>
    public static bool IsAbsent(DescriptorNode? node) => node is null or DescriptorScalar { IsNull: true };

    /// <summary>True for 1-63 lower-case letters and digits joined by single hyphens, e.g. <c>checkout-payments</c>.</summary>
    public static bool IsValidId(string id) => id.Length <= MaxIdLength && IdPattern().IsMatch(id);

    /// <summary>The required <c>id</c> of <paramref name="map"/>, or <c>null</c> (reported) when missing or malformed.</summary>
    public static string? Id(DescriptorMap map, string where, ProblemLog log)
    {
        var id = RequiredText(map, "id", where, log);
        if (id is not null && !IsValidId(id))
        {
            log.Error(map["id"], $"id '{id}' of {where} is invalid: 1-{MaxIdLength} lower-case letters and digits joined by single '-', e.g. 'checkout-payments'");
            return null;
        }

        return id;
    }

    /// <summary>The text under <paramref name="key"/>, or <c>null</c> (reported) when missing, empty or not text.</summary>
    public static string? RequiredText(DescriptorMap map, string key, string where, ProblemLog log)
    {
        var node = map[key];
        if (IsAbsent(node))
        {
            log.Error(node ?? map, $"'{key}' is required in {where}");
            return null;
        }

        if (node is not DescriptorScalar scalar || string.IsNullOrWhiteSpace(scalar.Value))
        {
            log.Error(node, $"'{key}' of {where} must be non-empty text, not {(node is DescriptorScalar ? "empty text" : node!.Shape)}");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>The required whole number under <paramref name="key"/> within <paramref name="min"/>..<paramref name="max"/>, or <c>null</c> (reported).</summary>
    public static int? Integer(DescriptorMap map, string key, string where, int min, int max, ProblemLog log)
    {
        var node = map[key];
        if (IsAbsent(node))
        {
            log.Error(node ?? map, $"'{key}' is required in {where}: a whole number from {min} to {max}");
            return null;
        }

        var range = $"{key} of {where} must be a whole number from {min} to {max}";
        if (node is not DescriptorScalar scalar)
        {
            log.Error(node, $"{range}, not a {node!.Shape}");
            return null;
        }

        if (!scalar.IsPlain || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            log.Error(node, scalar.IsPlain ? $"{range}, not '{scalar.Value}'" : $"{range}, not the quoted text \"{scalar.Value}\"; remove the quotes");
            return null;
        }

        if (value < min || value > max)
        {
            log.Error(node, $"{range}; {value} is out of range");
            return null;
        }

        return value;
    }

    /// <summary>Warns about every key of <paramref name="map"/> not in <paramref name="known"/> (it is ignored).</summary>
    public static void WarnUnknownKeys(DescriptorMap map, IReadOnlyList<string> known, string where, ProblemLog log)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value, StringComparer.Ordinal))
            {
                log.Warning(key, $"unknown key '{key.Value}' in {where} is ignored; known keys: {string.Join(", ", known)}");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
