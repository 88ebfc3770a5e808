using System.Text.RegularExpressions;

namespace Wayfinder.Catalog.Validation;

/// <summary>
/// Backstage's syntax rules for names, namespaces, kinds, api versions, label and annotation keys, and tags
/// (the stock <c>KubernetesValidatorFunctions</c> and <c>CommonValidatorFunctions</c>).
/// </summary>
internal static partial class NameRules
{
    /// <summary>1–63 chars; letters and digits with <c>-</c>, <c>_</c>, <c>.</c> inside; alphanumeric at both ends.</summary>
    public static bool IsValidObjectName(string value) => value.Length is >= 1 and <= 63 && ObjectName().IsMatch(value);

    /// <summary>A DNS label: 1–63 chars, lower-case letters and digits joined by hyphens.</summary>
    public static bool IsValidDnsLabel(string value) => value.Length is >= 1 and <= 63 && DnsLabel().IsMatch(value);

    /// <summary>A DNS subdomain: dot-joined DNS labels, at most 253 chars.</summary>
    public static bool IsValidDnsSubdomain(string value) =>
        value.Length is >= 1 and <= 253 && value.Split('.').All(IsValidDnsLabel);

    /// <summary>Namespaces follow the DNS label rule.</summary>
    public static bool IsValidNamespace(string value) => IsValidDnsLabel(value);

    /// <summary>A letter then letters or digits, 1–63 chars.</summary>
    public static bool IsValidKind(string value) => value.Length is >= 1 and <= 63 && Kind().IsMatch(value);

    /// <summary>Optional DNS-subdomain prefix and <c>/</c>, then 1–63 letters or digits.</summary>
    public static bool IsValidApiVersion(string value) =>
        IsValidPrefixed(value, IsValidDnsSubdomain, v => v.Length is >= 1 and <= 63 && Alphanumeric().IsMatch(v));

    /// <summary>Optional DNS-subdomain prefix and <c>/</c>, then an object name.</summary>
    public static bool IsValidLabelKey(string value) => IsValidPrefixed(value, IsValidDnsSubdomain, IsValidObjectName);

    /// <summary>Empty, or an object name.</summary>
    public static bool IsValidLabelValue(string value) => value.Length == 0 || IsValidObjectName(value);

    /// <summary>Annotation keys follow the label key rule.</summary>
    public static bool IsValidAnnotationKey(string value) => IsValidLabelKey(value);

    /// <summary>1–63 chars: lower-case letters, digits, <c>:</c>, <c>+</c>, <c>#</c>, in runs joined by single hyphens.</summary>
    public static bool IsValidTag(string value) => value.Length is >= 1 and <= 63 && Tag().IsMatch(value);

    private static bool IsValidPrefixed(string value, Func<string, bool> prefix, Func<string, bool> suffix)
    {
        var parts = value.Split('/');
        return parts.Length switch
        {
            1 => suffix(parts[0]),
            2 => prefix(parts[0]) && suffix(parts[1]),
            _ => false,
        };
    }

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")]
    private static partial Regex ObjectName();

    [GeneratedRegex("^[a-z0-9]+(?:-+[a-z0-9]+)*$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9]*$")]
    private static partial Regex Kind();

    [GeneratedRegex("^[a-zA-Z0-9]+$")]
    private static partial Regex Alphanumeric();

    [GeneratedRegex("^[a-z0-9:+#]+(?:-[a-z0-9:+#]+)*$")]
    private static partial Regex Tag();
}
