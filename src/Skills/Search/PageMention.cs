using Wayfinder.Catalog.Pages;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Search;

/// <summary>
/// The documentation page a general question matches strongly (a section with every one of at least two of its
/// words), mentioned with a search answer: where it is, the section, a snippet and a link.
/// </summary>
internal static class PageMention
{
    /// <summary>The best section when it matches strongly, else <c>null</c>.</summary>
    public static PageHit? Find(SkillRequest request) =>
        request.Catalog.SearchPages(request.Parsed.Text, within: null, limit: 1) is [{ MatchesAllOfSeveralWords: true } best] ? best : null;

    /// <summary>Adds a line about <paramref name="hit"/>, names the entities its page documents, links it and cites it.</summary>
    public static void Write(AnswerComposer answer, SkillRequest request, PageHit hit)
    {
        var (page, section) = (hit.Page, hit.Section);
        var documented = page.Entities.Select(request.Snapshot.Get).OfType<Catalog.Entities.Entity>().ToList();
        foreach (var entity in documented)
        {
            answer.Name(entity);
        }

        var of = documented.Count > 0 ? $" of {EntityNames.List(documented)}" : string.Empty;
        answer.Line($"Documentation: {page.Path}{of}, section “{section.Heading}”: {hit.Snippet}");
        if (page.Url is { } url)
        {
            answer.Link(page.Title, section.Anchor.Length > 0 ? $"{url}#{section.Anchor}" : url, "docs");
        }

        answer.Source(new AnswerSource(page.Location, section.Line, page.EditUrl, page.Commit));
    }
}
