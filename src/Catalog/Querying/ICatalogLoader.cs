namespace Wayfinder.Catalog.Querying;

/// <summary>Reads, validates and relates the configured catalog sources into a snapshot, without publishing it.</summary>
public interface ICatalogLoader
{
    /// <summary>Loads every configured source; problems are in the snapshot, never thrown.</summary>
    Task<CatalogSnapshot> LoadAsync(CancellationToken cancellationToken);
}
