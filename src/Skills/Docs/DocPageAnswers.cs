using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Docs;

/// <summary>
/// The documentation pages part of a docs answer: the section of the subject's pages that best matches the question
/// (with a snippet, a link to its heading and an edit link), then the other pages; or, when no section matches, the
/// list of pages, README first.
/// </summary>
internal static class DocPageAnswers
{
    /// <summary>Pages listed besides the best section, at most.</summary>
    public const int OtherPagesLimit = 3;

    /// <summary>Writes the subject's pages into the answer; false when it has none.</summary>
    public static bool Write(AnswerComposer answer, SkillRequest request, Entity subject)
    {
        var pages = ReadmeFirst(request.Snapshot.PagesOf(subject.Ref));
        if (pages.Count == 0)
        {
            return false;
        }

        var words = DocQuestionWords.Of(request.Parsed.Text, subject);
        if (request.Catalog.SearchPages(words, [subject.Ref], 1) is [var best, ..])
        {
            WriteSection(answer, subject, best);
            WriteOthers(answer, pages.Where(p => !SamePage(p, best.Page)).ToList());
        }
        else
        {
            WriteList(answer, subject, pages);
        }

        return true;
    }

    private static void WriteSection(AnswerComposer answer, Entity subject, PageHit hit)
    {
        var (page, section) = (hit.Page, hit.Section);
        answer.Say($"{subject.Metadata.Name}'s {page.Path}, section “{section.Heading}”: {hit.Snippet}");
        if (page.Url is { } url)
        {
            var title = section.Heading == page.Title ? page.Title : $"{page.Title}: {section.Heading}";
            answer.Link(title, section.Anchor.Length > 0 ? $"{url}#{section.Anchor}" : url, "docs");
        }

        if (page.EditUrl is { } edit)
        {
            answer.Link("Edit this page", edit, "edit");
        }

        answer.Source(SourceOf(page, section.Line));
    }

    private static void WriteOthers(AnswerComposer answer, List<DocPage> others)
    {
        if (others.Count == 0)
        {
            return;
        }

        var shown = others.Take(OtherPagesLimit).ToList();
        var more = others.Count > shown.Count ? $" and {others.Count - shown.Count} more" : string.Empty;
        answer.Say($"Other pages: {string.Join(", ", shown.Select(Named))}{more}.");
        LinkEach(answer, shown);
    }

    private static void WriteList(AnswerComposer answer, Entity subject, List<DocPage> pages)
    {
        var shown = pages.Take(OtherPagesLimit + 1).ToList();
        var more = pages.Count > shown.Count ? $" and {pages.Count - shown.Count} more" : string.Empty;
        var count = pages.Count == 1 ? "one documentation page" : $"{pages.Count} documentation pages";
        answer.Say($"{subject.Metadata.Name} has {count}: {string.Join(", ", shown.Select(Named))}{more}.");
        LinkEach(answer, shown);
        foreach (var page in shown)
        {
            answer.Source(SourceOf(page, 1));
        }
    }

    private static void LinkEach(AnswerComposer answer, IEnumerable<DocPage> pages)
    {
        foreach (var page in pages.Where(p => p.Url is not null))
        {
            answer.Link(page.Title, page.Url!, "docs");
        }
    }

    private static List<DocPage> ReadmeFirst(IReadOnlyList<DocPage> pages) =>
        [.. pages.OrderBy(p => IsReadme(p) ? 0 : 1)];

    private static bool IsReadme(DocPage page) =>
        string.Equals(Path.GetFileName(page.Path), "README.md", StringComparison.OrdinalIgnoreCase);

    private static bool SamePage(DocPage a, DocPage b) =>
        string.Equals(a.Location, b.Location, StringComparison.Ordinal) && string.Equals(a.Path, b.Path, StringComparison.Ordinal);

    private static string Named(DocPage page) => $"{page.Path} “{page.Title}”";

    private static AnswerSource SourceOf(DocPage page, int line) => new(page.Location, line, page.EditUrl, page.Commit);
}
