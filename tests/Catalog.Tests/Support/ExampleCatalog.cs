using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>
/// The Backstage example catalog loaded once per test class from its two entry points, <c>all.yaml</c> and
/// <c>acme-corp.yaml</c>, both given as paths. Problem paths are relative to the fixtures folder.
/// </summary>
public sealed class ExampleCatalog : IAsyncLifetime
{
    private LoadResult? _loaded;
    private CatalogSnapshot? _snapshot;

    /// <summary>What the loader returned.</summary>
    public LoadResult Loaded => _loaded ?? throw new InvalidOperationException("not loaded yet");

    /// <summary>The loaded, related catalog.</summary>
    public CatalogSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("not loaded yet");

    /// <summary>The entity with this ref; fails the test when it is missing.</summary>
    public Entity Get(string entityRef) =>
        Snapshot.Get(EntityRef.Parse(entityRef)) ?? throw new Xunit.Sdk.XunitException($"{entityRef} is not in the example catalog");

    public async Task InitializeAsync()
    {
        _loaded = await SnapshotLoader.LoadAsync(Fixtures.Root, Fixtures.Example("all.yaml"), Fixtures.Example("acme-corp.yaml"));
        _snapshot = SnapshotLoader.Relate(_loaded);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
