using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Pages;

/// <summary>A markdown file as read, before it is split into a <see cref="DocPage"/>; see <see cref="DocPageReader"/>.</summary>
/// <param name="Path">The file's path in its repository or folder.</param>
/// <param name="Markdown">The file's text.</param>
/// <param name="Location">Where the page is, as shown to people.</param>
/// <param name="Url">The page to open, if it has a web address.</param>
/// <param name="EditUrl">Where to edit it, if anywhere.</param>
/// <param name="Commit">The commit it was read at, if any.</param>
/// <param name="Entities">The entities it documents.</param>
public sealed record DocPageSource(
    string Path,
    string Markdown,
    string Location,
    string? Url,
    string? EditUrl,
    string? Commit,
    IReadOnlyList<EntityRef> Entities);
