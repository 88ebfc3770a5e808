using Lucene.Net.Index;
using Lucene.Net.Search;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Indexing;

/// <summary>An index searcher tied to the snapshot its documents were built from, so hits and entities always agree.</summary>
internal sealed class SnapshotSearcher(IndexReader reader, CatalogSnapshot snapshot) : IndexSearcher(reader)
{
    public CatalogSnapshot Snapshot { get; } = snapshot;
}
