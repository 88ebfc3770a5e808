using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Indexing;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Tests.Support;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Indexing;

/// <summary>Rebuilding and swapping the index: each result is paired with the snapshot its documents came from.</summary>
public sealed class CatalogIndexTests : IAsyncLifetime, IDisposable
{
    private readonly TempCatalog _catalog = new();
    private readonly CatalogIndex _index = new(indexPath: null);
    private CatalogSnapshot _snapshot = CatalogSnapshot.Empty;

    public async Task InitializeAsync()
    {
        _snapshot = await Load("shop.yaml", Documents(Component("payments-api"), Component("artist-lookup"), Group("team-a")));
        _index.Rebuild(_snapshot, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index.Dispose();
        _catalog.Dispose();
    }

    [Fact]
    public void Search_BeforeAnyRebuild_NoHitsFromTheEmptySnapshot()
    {
        using var index = new CatalogIndex(indexPath: null);

        var result = index.Search("payments", 10);

        Assert.Empty(result.Hits);
        Assert.Same(CatalogSnapshot.Empty, result.Snapshot);
    }

    [Fact]
    public void Search_LimitFarAboveTheIndexSize_ReturnsEveryMatch()
    {
        var result = Search("kind:component", int.MaxValue);

        Assert.Equal(2, result.Hits.Count);
    }

    [Fact]
    public async Task Rebuild_NewSnapshot_ResultsComeFromItAlone()
    {
        var before = Search("payments-api");
        var next = await Load("next.yaml", Documents(Component("ledger-api"), Group("team-a")));

        _index.Rebuild(next, CancellationToken.None);
        var after = Search("payments-api");

        Assert.Same(_snapshot, before.Snapshot);
        Assert.Equal("payments-api", before.Hits[0].Entity.Metadata.Name);
        Assert.Same(next, after.Snapshot);
        Assert.DoesNotContain(after.Hits, h => h.Entity.Metadata.Name == "payments-api");
        Assert.Equal("component:default/ledger-api", First("ledger api"));
    }

    [Fact]
    public async Task Rebuild_WhileSearching_EveryResultMatchesItsOwnSnapshot()
    {
        // Two versions with no entity in common: a result pairing one version's index with the other's snapshot
        // would lose its hits, and one mixing versions would name entities of both.
        var red = await Load("red.yaml", Documents([.. Enumerable.Range(1, 5).Select(i => Component($"red-{i}", extraMetadata: "  tags: [shared]")), Group("team-a")]));
        var blue = await Load("blue.yaml", Documents([.. Enumerable.Range(1, 5).Select(i => Component($"blue-{i}", extraMetadata: "  tags: [shared]")), Group("team-a")]));
        _index.Rebuild(red, CancellationToken.None);

        var rebuilding = Task.Run(() =>
        {
            for (var i = 0; i < 30; i++)
            {
                _index.Rebuild(i % 2 == 0 ? blue : red, CancellationToken.None);
            }
        });
        var results = new List<SearchResult>();
        while (!rebuilding.IsCompleted || results.Count < 100)
        {
            results.Add(Search("tag:shared"));
        }

        await rebuilding;
        Assert.All(results, result =>
        {
            var colour = ReferenceEquals(result.Snapshot, red) ? "red-" : "blue-";
            Assert.True(ReferenceEquals(result.Snapshot, red) || ReferenceEquals(result.Snapshot, blue));
            Assert.Equal(5, result.Hits.Count);
            Assert.All(result.Hits, h => Assert.StartsWith(colour, h.Entity.Metadata.Name, StringComparison.Ordinal));
            Assert.All(result.Hits, h => Assert.Same(result.Snapshot.Get(h.Entity.Ref), h.Entity));
        });
    }

    [Fact]
    public async Task Rebuild_OnDiskIndex_WorksRepeatedlyAndAfterReopening()
    {
        var folder = _catalog.PathOf("index");
        var next = await Load("next.yaml", Documents(Component("ledger-api"), Group("team-a")));
        using (var index = new CatalogIndex(folder))
        {
            index.Rebuild(_snapshot, CancellationToken.None);
            Assert.Equal("payments-api", index.Search("payments api", 5).Hits[0].Entity.Metadata.Name);

            index.Rebuild(next, CancellationToken.None);
            Assert.Equal("ledger-api", index.Search("ledger api", 5).Hits[0].Entity.Metadata.Name);
            Assert.DoesNotContain(index.Search("payments api", 5).Hits, h => h.Entity.Metadata.Name == "payments-api");
        }

        Assert.NotEmpty(Directory.GetFiles(folder));
        using var reopened = new CatalogIndex(folder);
        reopened.Rebuild(_snapshot, CancellationToken.None);
        var result = reopened.Search("kind:component", 50);
        Assert.Equal(_snapshot.Entities.Count(e => e.Ref.Kind == KnownKinds.Component), result.Hits.Count);
    }

    [Fact]
    public async Task Rebuild_Cancelled_KeepsServingThePreviousIndex()
    {
        var next = await Load("next.yaml", Documents(Component("ledger-api"), Group("team-a")));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.ThrowsAny<OperationCanceledException>(() => _index.Rebuild(next, cancelled.Token));

        Assert.Equal("component:default/payments-api", First("payments-api"));
        Assert.Same(_snapshot, Search("payments-api").Snapshot);
    }

    [Theory]
    [InlineData("artst-lookup", "component:default/artist-lookup", 1)]
    [InlineData("Paymets APII", "component:default/payments-api", 2)]
    [InlineData("artist lokup", "component:default/artist-lookup", 1)]
    public void FindSimilarNames_MistypedName_FindsTheEntityWithItsDistance(string phrase, string expected, int distance)
    {
        var similar = _index.FindSimilarNames(phrase, 5);

        var first = Assert.Single(similar);
        Assert.Equal(expected, first.Entity.Ref.ToString());
        Assert.Equal(NameMatchSource.Name, first.Source);
        Assert.Equal(distance, first.Distance);
    }

    [Theory]
    [InlineData("payments-api")]
    [InlineData("zzzzzzzz")]
    [InlineData("tem")]
    [InlineData("")]
    public void FindSimilarNames_ExactShortOrFarName_FindsNothing(string phrase)
    {
        Assert.Empty(_index.FindSimilarNames(phrase, 5));
    }

    [Fact]
    public async Task FindSimilarNames_SeveralAtTheSameDistance_OrderedByRefAndLimited()
    {
        var next = await Load("near.yaml", Documents(Component("ledger-a"), Component("ledger-b"), Component("ledger-c"), Group("team-a")));
        _index.Rebuild(next, CancellationToken.None);

        var similar = _index.FindSimilarNames("ledger-x", 2);

        Assert.Equal(["component:default/ledger-a", "component:default/ledger-b"], similar.Select(s => s.Entity.Ref.ToString()));
    }

    private async Task<CatalogSnapshot> Load(string file, string yaml)
    {
        _catalog.Write(file, yaml);
        return await SnapshotLoader.SnapshotAsync(_catalog.Root, file);
    }

    private SearchResult Search(string text, int limit = 10) => _index.Search(text, limit);

    private string First(string text)
    {
        var hits = Search(text).Hits;
        Assert.True(hits.Count > 0, $"no hits for '{text}'");
        return hits[0].Entity.Ref.ToString();
    }
}
