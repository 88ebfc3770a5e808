using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Wayfinder.Catalog.Pages;

/// <summary>An index searcher tied to the pages its documents were built from, so hits and pages always agree.</summary>
internal sealed class PageSearcher(IndexReader reader, IReadOnlyList<DocPage> pages) : IndexSearcher(reader)
{
    public IReadOnlyList<DocPage> Pages { get; } = pages;

    /// <summary>The page and section of a hit by their stored ordinals; <c>null</c> when the pages lack them.</summary>
    public (DocPage Page, DocSection Section, int PageOrdinal, int SectionOrdinal)? SectionOf(ScoreDoc hit)
    {
        var document = Doc(hit.Doc);
        var page = document.GetField(PageFields.PageOrdinal)?.GetInt32Value() ?? -1;
        var section = document.GetField(PageFields.SectionOrdinal)?.GetInt32Value() ?? -1;
        if (page < 0 || page >= Pages.Count || section < 0 || section >= Pages[page].Sections.Count)
        {
            return null;
        }

        return (Pages[page], Pages[page].Sections[section], page, section);
    }
}
