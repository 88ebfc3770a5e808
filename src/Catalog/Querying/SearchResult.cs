namespace Wayfinder.Catalog.Querying;

/// <summary>Hits of one search and the snapshot they come from.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, CatalogSnapshot Snapshot);
