using Lucene.Net.Index;
using Lucene.Net.Search;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Indexing;

/// <summary>Gives each searcher the <see cref="CatalogSnapshot"/> that was committed with its reader.</summary>
internal sealed class SnapshotSearcherFactory : SearcherFactory
{
    /// <summary>The snapshot of the documents most recently committed; set before the manager refreshes.</summary>
    public CatalogSnapshot Committed { get; set; } = CatalogSnapshot.Empty;

    public override IndexSearcher NewSearcher(IndexReader reader) => new SnapshotSearcher(reader, Committed);
}
