namespace Wayfinder.Catalog.Pages;

/// <summary>One section found by a page search.</summary>
/// <param name="Page">The page the section is in.</param>
/// <param name="Section">The section that matched.</param>
/// <param name="Score">Relevance; only meaningful relative to other hits of the same search.</param>
/// <param name="Snippet">Plain text of about 200 characters around the matched words, without markup.</param>
public sealed record PageHit(DocPage Page, DocSection Section, float Score, string Snippet);
