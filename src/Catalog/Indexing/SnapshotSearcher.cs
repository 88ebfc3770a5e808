using Lucene.Net.Index;
using Lucene.Net.Search;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Indexing;

/// <summary>An index searcher tied to the snapshot its documents were built from, so hits and entities always agree.</summary>
internal sealed class SnapshotSearcher(IndexReader reader, CatalogSnapshot snapshot) : IndexSearcher(reader)
{
    public CatalogSnapshot Snapshot { get; } = snapshot;

    /// <summary>The entity of each hit, found by its ordinal doc value, with the hit; hits the snapshot lacks are skipped.</summary>
    public IEnumerable<(Entity Entity, ScoreDoc Hit)> EntitiesOf(IEnumerable<ScoreDoc> hits)
    {
        // Doc values are cached per thread by Lucene, so they are fetched per call rather than kept on the searcher.
        var ordinals = MultiDocValues.GetNumericValues(IndexReader, IndexFields.Ordinal);
        var entities = Snapshot.Entities;
        foreach (var hit in hits)
        {
            var ordinal = ordinals?.Get(hit.Doc) ?? -1;
            if (ordinal >= 0 && ordinal < entities.Count)
            {
                yield return (entities[(int)ordinal], hit);
            }
        }
    }
}
