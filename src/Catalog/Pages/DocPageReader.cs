using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Wayfinder.Catalog.Pages;

/// <summary>
/// Splits a markdown file into a <see cref="DocPage"/> with Markdig: a section per heading, text without markup, and
/// GitHub's heading anchors, so an answer can link straight to the section.
/// </summary>
public static class DocPageReader
{
    /// <summary>Text kept per page; the rest of a longer page is not indexed.</summary>
    public const int MaxPageCharacters = 200_000;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseYamlFrontMatter()
        .Build();

    /// <summary>The page the file makes; sections without text or heading are left out.</summary>
    public static DocPage Read(DocPageSource source)
    {
        var markdown = source.Markdown.Length > MaxPageCharacters ? source.Markdown[..MaxPageCharacters] : source.Markdown;
        var document = Markdown.Parse(markdown, Pipeline);
        var fileTitle = System.IO.Path.GetFileNameWithoutExtension(source.Path);
        var title = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } top ? HeadingText(markdown, top) : fileTitle;
        var sections = new List<DocSection>();
        var heading = (Text: title, Anchor: string.Empty, Line: 1);
        int? start = null;
        var end = 0;
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            if (block is HeadingBlock next)
            {
                Add(sections, markdown, heading, start, end);
                heading = (HeadingText(markdown, next), next.GetAttributes().Id ?? string.Empty, next.Line + 1);
                start = null;
                continue;
            }

            if (start is null && heading.Anchor.Length == 0)
            {
                heading.Line = block.Line + 1;
            }

            start ??= block.Span.Start;
            end = block.Span.End;
        }

        Add(sections, markdown, heading, start, end);
        return new DocPage(title, source.Path, source.Location, source.Url, source.EditUrl, source.Commit, source.Entities, sections);
    }

    private static void Add(List<DocSection> sections, string markdown, (string Text, string Anchor, int Line) heading, int? start, int end)
    {
        var text = start is { } from ? PlainText(markdown[from..(end + 1)]) : string.Empty;
        if (text.Length > 0 || heading.Anchor.Length > 0)
        {
            sections.Add(new DocSection(heading.Text, heading.Anchor, text, heading.Line));
        }
    }

    private static string HeadingText(string markdown, HeadingBlock heading) =>
        PlainText(markdown[heading.Span.Start..(heading.Span.End + 1)]).TrimStart('#').Trim();

    private static string PlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
