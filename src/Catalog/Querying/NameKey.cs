using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace Wayfinder.Catalog.Querying;

/// <summary>
/// The spelling-insensitive key of a name: lower-case letters and digits only, so <c>payments-api</c>,
/// <c>PaymentsApi</c>, <c>payments_api</c> and "payments api" share the key <c>paymentsapi</c>.
/// Accents are folded the way the index folds them (<c>Zoë</c> → <c>zoe</c>).
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="text"/>; empty when it has no letters or digits.</summary>
    public static string Of(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return OfAscii(text);
        }

        // string.Normalize cannot fold accents under InvariantGlobalization (no ICU), so fold as the analyzer does.
        var folded = new char[text.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(text.ToCharArray(), 0, folded, 0, text.Length);
        var builder = new StringBuilder(length);
        foreach (var c in folded.AsSpan(0, length))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The same key for ASCII text (which folding leaves as it is), without the folding buffers: keys are taken for
    /// every name of every entity while loading and for every lookup.
    /// </summary>
    private static string OfAscii(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var key = buffer[..length];
        return key.SequenceEqual(text) ? text : key.ToString();
    }
}
