using System.Text;

namespace Wayfinder.Catalog.Querying;

/// <summary>
/// The spelling-insensitive key of a name: lower-case letters and digits only, so <c>payments-api</c>,
/// <c>PaymentsApi</c>, <c>payments_api</c> and "payments api" share the key <c>paymentsapi</c>.
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="text"/>; empty when it has no letters or digits.</summary>
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
