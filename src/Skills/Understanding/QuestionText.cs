using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wayfinder.Skills.Understanding;

/// <summary>
/// Turns raw chat text into plain words: Slack's <c>&lt;@U123&gt;</c> mentions and <c>&lt;url|label&gt;</c> links,
/// Teams' <c>&lt;at&gt;</c> tags, control and bidirectional characters, curly quotes and runs of spaces are
/// removed or normalised. Only the first <see cref="MaxParsedLength"/> characters are read.
/// </summary>
internal static partial class QuestionText
{
    /// <summary>Longer text is cut: no question needs more, and parsing stays fast whatever arrives.</summary>
    public const int MaxParsedLength = 500;

    /// <summary>The cleaned text; empty when nothing readable is left.</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        var text = raw.Length > MaxParsedLength * 2 ? raw[..(MaxParsedLength * 2)] : raw;
        text = SlackMention().Replace(text, " ");
        text = TeamsMention().Replace(text, " ");
        text = SlackLinkWithLabel().Replace(text, "${label}");
        text = SlackLink().Replace(text, "${target}");
        text = PlainCharacters(text);
        text = Spaces().Replace(text, " ").Trim();
        return text.Length > MaxParsedLength ? text[..MaxParsedLength].TrimEnd() : text;
    }

    /// <summary>
    /// A phrase from the question, fit to quote back in an answer: cleaned, at most 80 characters, and without the
    /// characters chat formats give meaning to (<c>&lt; &gt; &amp; * _ ~ `</c>), so nothing a person types comes back
    /// as markup, whatever a renderer forgets to escape.
    /// </summary>
    public static string Echo(string phrase)
    {
        var clean = Spaces().Replace(Markup().Replace(Clean(phrase), " "), " ").Trim();
        return clean.Length > 80 ? string.Concat(clean.AsSpan(0, 77), "...") : clean;
    }

    private static string PlainCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    builder.Append(' ');
                    break;
                case UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    // Zero-width and bidirectional marks, emoji halves: nothing a name is made of.
                    break;
                default:
                    builder.Append(c switch
                    {
                        '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
                        '\u201C' or '\u201D' => '"',
                        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                        _ => c,
                    });
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary><c>&lt;@U123&gt;</c>, <c>&lt;@U123|name&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;!subteam^S1|@team&gt;</c>.</summary>
    [GeneratedRegex(@"<[@!][^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMention();

    [GeneratedRegex(@"<at>[^<>]*</at>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TeamsMention();

    /// <summary><c>&lt;https://x|label&gt;</c>, <c>&lt;mailto:a@b|a@b&gt;</c>, <c>&lt;#C123|general&gt;</c> → the label.</summary>
    [GeneratedRegex(@"<(?:[a-z]+:|#)[^<>|]*\|(?<label>[^<>]*)>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SlackLinkWithLabel();

    /// <summary><c>&lt;https://x&gt;</c> → the URL; <c>&lt;mailto:a@b&gt;</c> → the address.</summary>
    [GeneratedRegex(@"<(?:mailto:)?(?<target>(?:https?://|[^<>\s@]+@)[^<>\s]*)>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SlackLink();

    [GeneratedRegex(@"[<>&*_~`|]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
