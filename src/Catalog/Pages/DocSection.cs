namespace Wayfinder.Catalog.Pages;

/// <summary>One section of a <see cref="DocPage"/>: a heading and the plain text under it, up to the next heading.</summary>
/// <param name="Heading">The heading's text, without markup.</param>
/// <param name="Anchor">GitHub's anchor for the heading (<c>#deploying-to-production</c> without the <c>#</c>); empty for text before any heading.</param>
/// <param name="Text">The section's text with markdown markup removed.</param>
/// <param name="Line">The 1-based line of the heading in the file (of the first text, for text before any heading).</param>
public sealed record DocSection(string Heading, string Anchor, string Text, int Line = 1);
