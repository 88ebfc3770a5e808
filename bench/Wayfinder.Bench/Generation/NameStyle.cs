using System.Globalization;
using System.Text;

namespace Wayfinder.Bench.Generation;

/// <summary>
/// Joins name parts the ways real catalogs spell them: mostly <c>payments-api</c>, sometimes <c>payments_api</c>,
/// <c>PaymentsApi</c>, <c>payments.api</c> or <c>paymentsapi</c>; and turns names into display titles.
/// </summary>
internal static class NameStyle
{
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "api", "ui", "sdk", "db", "bff", "kyc", "sms", "grpc", "rpc", "eu", "us", "ml", "v2", "svc",
    };

    /// <summary>Joins the parts (each already kebab-case) with the house spelling or, rarely, a variant.</summary>
    public static string Join(Random random, params string[] parts)
    {
        var kebab = string.Join('-', parts);
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.03 => kebab.Replace('-', '_'),
            < 0.05 => Camel(kebab),
            < 0.06 => kebab.Replace('-', '.'),
            < 0.065 => kebab.Replace("-", string.Empty, StringComparison.Ordinal),
            _ => kebab,
        };
    }

    /// <summary>The words of a name: split at <c>-</c>, <c>_</c>, <c>.</c> and lower-to-upper case changes.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = c is '-' or '_' or '.' || (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]));
            if (boundary && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary><c>PaymentsApi</c> from <c>payments-api</c>.</summary>
    public static string Camel(string name) => string.Concat(Words(name).Select(Capitalize));

    /// <summary><c>Payments API</c> from <c>payments-api</c>.</summary>
    public static string Title(string name) =>
        string.Join(' ', Words(name).Select(w => Acronyms.Contains(w) ? w.ToUpperInvariant() : Capitalize(w)));

    /// <summary><c>Payments</c> from <c>payments</c>.</summary>
    public static string Capitalize(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
