using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Tests.Support;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Hosting;

/// <summary><see cref="ICatalog"/> as the host gets it from <c>AddCatalog()</c>, over real files.</summary>
public sealed class CatalogServiceTests : IDisposable
{
    private readonly TempCatalog _catalog = new();
    private readonly List<ServiceProvider> _providers = [];

    public void Dispose()
    {
        _providers.ForEach(p => p.Dispose());
        _catalog.Dispose();
    }

    [Fact]
    public async Task ReloadAsync_CatalogWithProblems_StatusCountsEntitiesErrorsAndWarnings()
    {
        _catalog.Write("catalog/all.yaml", Documents(Component("payments-api"), Component("orphan", owner: "team-gone"), Component("bad name"), Group("team-a")));
        var catalog = Catalog();

        var status = await catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Loaded, 3, 1, 1), (status.State, status.Entities, status.Errors, status.Warnings));
        Assert.Null(status.LastFailure);
        Assert.NotNull(status.LoadedAt);
        Assert.Same(status, catalog.Status);
        Assert.Equal(3, catalog.Snapshot.Entities.Count);
        Assert.Equal(1, catalog.Snapshot.FilesRead);
    }

    [Fact]
    public async Task ReloadAsync_ExampleFixtures_LoadsAllWithoutErrors()
    {
        var catalog = Catalog(o => o.Paths = [Fixtures.Example("all.yaml"), Fixtures.Example("acme-corp.yaml")]);

        var status = await catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Loaded, 67, 0, 2), (status.State, status.Entities, status.Errors, status.Warnings));
        Assert.Equal("component:default/artist-lookup", catalog.Search("artist lookup").Hits[0].Entity.Ref.ToString());
    }

    [Fact]
    public async Task ReloadAsync_OnlyErrorsAfterAGoodLoad_KeepsServingThePreviousCatalog()
    {
        var file = _catalog.Write("catalog/all.yaml", Documents(Component("payments-api"), Group("team-a")));
        var catalog = Catalog();
        await catalog.ReloadAsync(CancellationToken.None);
        var served = catalog.Snapshot;
        File.WriteAllText(file, Documents(Component("bad name"), "kind: [unclosed\n"));

        var status = await catalog.ReloadAsync(CancellationToken.None);

        Assert.Same(served, catalog.Snapshot);
        Assert.Equal((CatalogState.Loaded, 2, 0), (status.State, status.Entities, status.Errors));
        Assert.NotNull(status.LastFailure);
        Assert.Contains("no valid entities, 2 error(s); first: ", status.LastFailure, StringComparison.Ordinal);
        Assert.Contains("metadata.name 'bad name' is invalid", status.LastFailure, StringComparison.Ordinal);
        Assert.Same(served, catalog.Search("payments-api").Snapshot);
        Assert.Equal("payments-api", catalog.Search("payments-api").Hits[0].Entity.Metadata.Name);
    }

    [Fact]
    public async Task ReloadAsync_GoodLoadAfterAFailure_PublishesAndClearsLastFailure()
    {
        var file = _catalog.Write("catalog/all.yaml", Documents(Component("payments-api"), Group("team-a")));
        var catalog = Catalog();
        await catalog.ReloadAsync(CancellationToken.None);
        File.WriteAllText(file, Component("bad name"));
        await catalog.ReloadAsync(CancellationToken.None);
        File.WriteAllText(file, Documents(Component("ledger"), Group("team-a")));

        var status = await catalog.ReloadAsync(CancellationToken.None);

        Assert.Null(status.LastFailure);
        Assert.NotNull(catalog.Snapshot.Get(EntityRef.Parse("component:ledger")));
        Assert.Null(catalog.Snapshot.Get(EntityRef.Parse("component:payments-api")));
    }

    [Fact]
    public async Task ReloadAsync_FirstLoadOnlyErrors_FailedWithNothingServed()
    {
        var catalog = Catalog(o => o.Paths = [_catalog.PathOf("missing")]);

        var status = await catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Failed, 0, 1), (status.State, status.Entities, status.Errors));
        Assert.Contains("catalog path not found", status.LastFailure, StringComparison.Ordinal);
        Assert.Same(CatalogSnapshot.Empty, catalog.Snapshot);
        Assert.Empty(catalog.Search("anything").Hits);
    }

    [Fact]
    public async Task ReloadAsync_LoaderThrows_KeepsServingAndReportsTheFailure()
    {
        var loader = new ScriptedCatalogLoader();
        var good = await SnapshotOf(Documents(Component("payments-api"), Group("team-a")));
        loader.Next = () => good;
        var catalog = Catalog(loader: loader);
        await catalog.ReloadAsync(CancellationToken.None);
        loader.Next = () => throw new IOException("disk on fire");

        var status = await catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Loaded, "disk on fire"), (status.State, status.LastFailure));
        Assert.Same(good, catalog.Snapshot);
        Assert.Equal(2, loader.Loads);
    }

    [Fact]
    public async Task ReloadAsync_Cancelled_ThrowsAndLeavesTheStatusAlone()
    {
        _catalog.Write("catalog/all.yaml", Documents(Component("payments-api"), Group("team-a")));
        var catalog = Catalog();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => catalog.ReloadAsync(cancelled.Token));

        Assert.Equal(CatalogStatus.Initial, catalog.Status);
        Assert.Same(CatalogSnapshot.Empty, catalog.Snapshot);
    }

    [Fact]
    public async Task Search_AfterReloadWithAnotherCatalog_ResultsComeFromTheNewSnapshotOnly()
    {
        var file = _catalog.Write("catalog/all.yaml", Documents(Component("payments-api"), Group("team-a")));
        var catalog = Catalog();
        await catalog.ReloadAsync(CancellationToken.None);
        var before = catalog.Search("payments api");
        File.WriteAllText(file, Documents(Component("payments-ledger"), Group("team-a")));

        await catalog.ReloadAsync(CancellationToken.None);
        var after = catalog.Search("payments api");

        Assert.Equal("payments-api", before.Hits[0].Entity.Metadata.Name);
        Assert.Same(catalog.Snapshot, after.Snapshot);
        Assert.NotSame(before.Snapshot, after.Snapshot);
        Assert.All(after.Hits, h => Assert.Same(after.Snapshot.Get(h.Entity.Ref), h.Entity));
        Assert.DoesNotContain(after.Hits, h => h.Entity.Metadata.Name == "payments-api");
        Assert.Equal("payments-api", before.Hits[0].Entity.Metadata.Name); // an old result keeps its own version
    }

    [Fact]
    public async Task SearchPages_AfterReloads_FindsTheCurrentPagesOnly()
    {
        _catalog.Write("catalog/all.yaml", Component("payments", extraMetadata: "  annotations:\n    backstage.io/techdocs-ref: dir:."));
        var page = _catalog.Write("catalog/docs/deploy.md", "# Release\n\n## Deploying to production\n\nPromote the build.\n");
        var catalog = Catalog();
        await catalog.ReloadAsync(CancellationToken.None);
        var payments = new EntityRef("component", "default", "payments");
        var before = catalog.SearchPages("deploy", [payments], 5);
        File.WriteAllText(page, "# Release\n\n## Shipping\n\nPromote the build.\n");

        await catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal("Deploying to production", before[0].Section.Heading);
        Assert.Equal(["docs/deploy.md"], catalog.Snapshot.PagesOf(payments).Select(p => p.Path));
        Assert.DoesNotContain(catalog.SearchPages("production", null, 5), h => h.Section.Heading == "Deploying to production");
        Assert.Equal("Shipping", catalog.SearchPages("shipping", [payments], 5)[0].Section.Heading);
    }

    [Fact]
    public async Task ReloadAsync_OnDiskIndex_WorksTwiceAndSurvivesANewService()
    {
        var indexPath = _catalog.PathOf("index");
        var file = _catalog.Write("catalog/all.yaml", Documents(Component("payments-api"), Group("team-a")));
        var first = CatalogServices.Create(o => Configure(o, indexPath));
        _providers.Add(first);
        var catalog = first.GetRequiredService<ICatalog>();
        await catalog.ReloadAsync(CancellationToken.None);
        File.WriteAllText(file, Documents(Component("ledger"), Group("team-a")));

        await catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal("ledger", catalog.Search("ledger").Hits[0].Entity.Metadata.Name);
        Assert.NotEmpty(Directory.GetFiles(indexPath));
        await first.DisposeAsync();
        var reopened = Catalog(o => Configure(o, indexPath));
        var status = await reopened.ReloadAsync(CancellationToken.None);
        Assert.Equal((CatalogState.Loaded, 2), (status.State, status.Entities));
        Assert.Equal("ledger", reopened.Search("ledger").Hits[0].Entity.Metadata.Name);
    }

    [Fact]
    public async Task Snapshot_FindByName_AcrossKinds()
    {
        _catalog.Write("catalog/all.yaml", Documents(Component("petstore"), Api("petstore"), Group("team-a")));
        var catalog = Catalog();
        await catalog.ReloadAsync(CancellationToken.None);

        var found = catalog.Snapshot.FindByName("Petstore");

        Assert.Equal(["api:default/petstore", "component:default/petstore"], found.Select(e => e.Ref.ToString()).Order());
    }

    [Theory]
    [InlineData("Card Payments", "payments-api", NameMatchSource.Title)]
    [InlineData("billing", "payments-api", NameMatchSource.Alias)]
    [InlineData("Jo Smith", "jsmith", NameMatchSource.DisplayName)]
    [InlineData("jo@example.com", "jsmith", NameMatchSource.Email)]
    public async Task Snapshot_FindByAnyName_TitleAliasDisplayNameAndEmail(string phrase, string name, NameMatchSource source)
    {
        _catalog.Write("catalog/all.yaml", Documents(
            Component("payments-api", extraMetadata: "  title: Card Payments\n  annotations:\n    wayfinder.dev/aliases: billing"),
            Group("team-a"),
            User("jsmith", "[team-a]", "  profile:\n    displayName: Jo Smith\n    email: jo@example.com")));
        var catalog = Catalog();
        await catalog.ReloadAsync(CancellationToken.None);

        var match = Assert.Single(catalog.Snapshot.FindByAnyName(phrase));

        Assert.Equal((name, source), (match.Entity.Metadata.Name, match.Source));
    }

    private ICatalog Catalog(Action<CatalogOptions>? configure = null, ICatalogLoader? loader = null)
    {
        var provider = CatalogServices.Create(configure ?? (o => Configure(o, indexPath: null)), loader);
        _providers.Add(provider);
        return provider.GetRequiredService<ICatalog>();
    }

    private void Configure(CatalogOptions options, string? indexPath)
    {
        options.Paths = [_catalog.PathOf("catalog")];
        options.IndexPath = indexPath;
    }

    private async Task<CatalogSnapshot> SnapshotOf(string yaml)
    {
        _catalog.Write("scripted.yaml", yaml);
        return await SnapshotLoader.SnapshotAsync(_catalog.Root, "scripted.yaml");
    }
}
