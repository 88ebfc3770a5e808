using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>Runs the real loader and relation builder over real files, the way <c>CatalogService</c> does, minus the index.</summary>
internal static class SnapshotLoader
{
    /// <summary>Loads <paramref name="paths"/> with default options; problem paths are shown relative to <paramref name="workingDirectory"/>.</summary>
    public static Task<LoadResult> LoadAsync(string workingDirectory, params string[] paths) =>
        LoadAsync(new CatalogOptions(), workingDirectory, paths);

    /// <summary>Loads <paramref name="paths"/> with <paramref name="options"/>.</summary>
    public static Task<LoadResult> LoadAsync(CatalogOptions options, string workingDirectory, params string[] paths) =>
        new CatalogLoader(options).LoadAsync(paths, workingDirectory, CancellationToken.None);

    /// <summary>Loads and relates <paramref name="paths"/> into a snapshot (its problems include the relation warnings).</summary>
    public static async Task<CatalogSnapshot> SnapshotAsync(string workingDirectory, params string[] paths) =>
        Relate(await LoadAsync(workingDirectory, paths));

    /// <summary>Builds the relations of a load and wraps both in a snapshot.</summary>
    public static CatalogSnapshot Relate(LoadResult loaded) => CatalogSnapshot.Build(loaded, DateTimeOffset.UnixEpoch);
}
