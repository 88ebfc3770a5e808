namespace Wayfinder.Catalog.Querying;

/// <summary>Where the catalog is in its life.</summary>
public enum CatalogState
{
    /// <summary>The first load has not finished.</summary>
    Loading,

    /// <summary>A catalog is being served.</summary>
    Loaded,

    /// <summary>No catalog could be loaded at all.</summary>
    Failed,
}
