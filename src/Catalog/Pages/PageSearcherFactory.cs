using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Wayfinder.Catalog.Pages;

/// <summary>Gives each searcher the pages that were committed with its reader.</summary>
internal sealed class PageSearcherFactory : SearcherFactory
{
    /// <summary>The pages of the documents most recently committed; set before the manager refreshes.</summary>
    public IReadOnlyList<DocPage> Committed { get; set; } = [];

    public override IndexSearcher NewSearcher(IndexReader reader) => new PageSearcher(reader, Committed);
}
