namespace Wayfinder.Catalog.Pages;

/// <summary>One section found by a page search.</summary>
/// <param name="Page">The page the section is in.</param>
/// <param name="Section">The section that matched.</param>
/// <param name="Score">Relevance; only meaningful relative to other hits of the same search.</param>
/// <param name="Snippet">Plain text of about 200 characters around the matched words, without markup.</param>
public sealed record PageHit(DocPage Page, DocSection Section, float Score, string Snippet)
{
    /// <summary>How many of the searched words (after stop words are dropped) the section, its page's title or path has.</summary>
    public int MatchedWords { get; init; }

    /// <summary>How many words were searched for (after stop words are dropped).</summary>
    public int SearchedWords { get; init; }

    /// <summary>True when the section has every searched word, and there were at least two: a strong match for a general question.</summary>
    public bool MatchesAllOfSeveralWords => SearchedWords >= 2 && MatchedWords == SearchedWords;
}
