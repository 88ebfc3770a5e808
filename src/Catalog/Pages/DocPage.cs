using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Pages;

/// <summary>
/// A documentation page (a README or a <c>docs/*.md</c> file) and the entities it documents, split into sections at
/// its headings so a question can be answered with the section that matches.
/// </summary>
/// <param name="Title">The page's first top-level heading, or its file name.</param>
/// <param name="Path">The file's path in its repository or folder, e.g. <c>docs/deploy.md</c>.</param>
/// <param name="Location">Where the page is, as shown to people: <c>github.com/acme/payments/docs/deploy.md</c>.</param>
/// <param name="Url">The page to open (on GitHub, at the commit it was read from); <c>null</c> for local files.</param>
/// <param name="EditUrl">GitHub's "edit this file" page; <c>null</c> for local files.</param>
/// <param name="Commit">The commit the page was read at; <c>null</c> for local files.</param>
/// <param name="Entities">The entities the page documents (those of the same repository or descriptor).</param>
/// <param name="Sections">The page's sections in order; text before the first heading is a section with the page title.</param>
public sealed record DocPage(
    string Title,
    string Path,
    string Location,
    string? Url,
    string? EditUrl,
    string? Commit,
    IReadOnlyList<EntityRef> Entities,
    IReadOnlyList<DocSection> Sections);
