using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Wayfinder.Catalog.Pages;

/// <summary>
/// Short plain-text excerpts of a section around the words a query matched, found by Lucene's highlighter; the start
/// of the section when the words matched only its heading, title or path.
/// </summary>
internal static partial class PageSnippets
{
    /// <summary>About how many characters a snippet has.</summary>
    public const int Length = 200;

    // Highlighted words are left as they are: chat channels format the answer text themselves.
    private static readonly SimpleHTMLFormatter NoMarkup = new(string.Empty, string.Empty);

    /// <summary>The excerpt of <paramref name="text"/> that best matches <paramref name="query"/>'s terms.</summary>
    public static string Of(Query query, Analyzer analyzer, string text)
    {
        var flat = Spaces().Replace(text, " ").Trim();
        if (flat.Length <= Length)
        {
            return flat;
        }

        var highlighter = new Highlighter(NoMarkup, new QueryScorer(query, PageFields.Text))
        {
            TextFragmenter = new SimpleFragmenter(Length),
            MaxDocCharsToAnalyze = DocPageReader.MaxPageCharacters,
        };
        var fragment = highlighter.GetBestFragment(analyzer, PageFields.Text, flat);
        return string.IsNullOrWhiteSpace(fragment) ? Cut(flat) : Ellipsis(fragment.Trim(), flat);
    }

    private static string Ellipsis(string fragment, string text)
    {
        var start = text.StartsWith(fragment, StringComparison.Ordinal) ? fragment : "…" + fragment;
        return text.EndsWith(fragment, StringComparison.Ordinal) ? start : start + "…";
    }

    private static string Cut(string text)
    {
        var end = text.LastIndexOf(' ', Length);
        return string.Concat(text.AsSpan(0, end > Length / 2 ? end : Length), "…");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
