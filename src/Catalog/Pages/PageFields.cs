namespace Wayfinder.Catalog.Pages;

/// <summary>Field names of the page index, one Lucene document per section.</summary>
internal static class PageFields
{
    /// <summary>The page's title, analyzed.</summary>
    public const string Title = "title";

    /// <summary>The section's heading, analyzed; weighs most.</summary>
    public const string Heading = "heading";

    /// <summary>The section's plain text, analyzed.</summary>
    public const string Text = "text";

    /// <summary>The page's path (<c>docs/deploy.md</c>), analyzed.</summary>
    public const string Path = "path";

    /// <summary>Each documented entity's ref, lower-case, one term per ref, for <c>within</c> filters.</summary>
    public const string Entity = "entity";

    /// <summary>Position of the page in its snapshot's pages (stored).</summary>
    public const string PageOrdinal = "page";

    /// <summary>Position of the section in its page (stored).</summary>
    public const string SectionOrdinal = "section";

    /// <summary>Query weight of each analyzed field: a heading says most about a section, then the title and path.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted =
    [
        (Heading, 4f),
        (Title, 2f),
        (Path, 1.5f),
        (Text, 1f),
    ];
}
