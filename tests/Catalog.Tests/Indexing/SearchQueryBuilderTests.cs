using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Indexing;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Tests.Support;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Indexing;

/// <summary>Ranking and filters of searches, run over a real in-memory index of a small shop catalog.</summary>
public sealed class SearchQueryBuilderTests : IAsyncLifetime, IDisposable
{
    private readonly TempCatalog _catalog = new();
    private readonly CatalogIndex _index = new(indexPath: null);
    private CatalogSnapshot _snapshot = CatalogSnapshot.Empty;

    public async Task InitializeAsync()
    {
        _snapshot = await Load("shop.yaml", Documents(
            Component("payments-api", extraSpec: "  system: checkout", extraMetadata: """
                  title: Card Payments Service
                  description: Takes card payments for the shop
                  tags: [java, payments]
                  annotations:
                    wayfinder.dev/aliases: billing, card-gateway
                """),
            Minimal("Resource", "payments-db", "  owner: team-b"),
            Api("payments", extraMetadata: "  description: The payments REST API"),
            Component("artist-lookup", extraMetadata: "  tags: [java]"),
            Component("ledger", owner: "team-b", extraMetadata: "  tags: [go]"),
            Minimal("System", "checkout", "  owner: team-b").Replace("  name: checkout", "  name: checkout\n  title: Checkout Platform", StringComparison.Ordinal),
            Group("team-a", extraSpec: "  profile:\n    displayName: Team Alpha\n    email: team-a@example.com"),
            Group("team-b"),
            Minimal("User", "janelle.dawe", "  memberOf: [team-a]\n  profile:\n    displayName: Janelle Dawe\n    email: janelle-dawe@example.com"),
            Minimal("User", "jsmith", "  memberOf: [team-b]\n  profile:\n    displayName: Jo Smith\n    email: jo@example.com")));
        Assert.Empty(_snapshot.Problems);
        _index.Rebuild(_snapshot, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _index.Dispose();
        _catalog.Dispose();
    }

    [Theory]
    [InlineData("payments-api")]
    [InlineData("PaymentsApi")]
    [InlineData("payments_api")]
    [InlineData("payments api")]
    [InlineData("Payments API")]
    public void Search_AnySpellingOfTheName_FindsItFirst(string text)
    {
        Assert.Equal("component:default/payments-api", First(text));
    }

    [Fact]
    public void Search_Prefix_FindsEveryNameStartingWithIt()
    {
        var names = Search("paym").Hits.Select(h => h.Entity.Metadata.Name).ToList();

        Assert.Contains("payments-api", names);
        Assert.Contains("payments-db", names);
        Assert.Equal("component:default/artist-lookup", First("artis"));
    }

    [Theory]
    [InlineData("pymnts-api", "component:default/payments-api")]
    [InlineData("paymnets-api", "component:default/payments-api")]
    [InlineData("artst-lookup", "component:default/artist-lookup")]
    [InlineData("artist-lokup", "component:default/artist-lookup")]
    [InlineData("ledgr", "component:default/ledger")]
    [InlineData("paymenst-aip", "component:default/payments-api")]
    [InlineData("ratist-lookpu", "component:default/artist-lookup")]
    [InlineData("Janele Dawe", "user:default/janelle.dawe")]
    public void Search_OneOrTwoTypos_FindsTheEntityFirst(string text, string expected)
    {
        Assert.Equal(expected, First(text));
    }

    [Theory]
    [InlineData("billing")]
    [InlineData("card-gateway")]
    [InlineData("card gateway")]
    public void Search_Alias_FindsTheEntityFirst(string text)
    {
        Assert.Equal("component:default/payments-api", First(text));
    }

    [Fact]
    public void Search_Title_FindsTheEntityFirst()
    {
        Assert.Equal("system:default/checkout", First("Checkout Platform"));
        Assert.Equal("component:default/payments-api", First("card payments service"));
    }

    [Fact]
    public void Search_DisplayName_FindsTheUserOrGroupFirst()
    {
        Assert.Equal("user:default/jsmith", First("Jo Smith"));
        Assert.Equal("user:default/janelle.dawe", First("janelle dawe"));
        Assert.Equal("group:default/team-a", First("Team Alpha"));
    }

    [Theory]
    [InlineData("jo@example.com", "user:default/jsmith")]
    [InlineData("janelle-dawe@example.com", "user:default/janelle.dawe")]
    [InlineData("Team-A@Example.com", "group:default/team-a")]
    public void Search_Email_FindsItsOwnerFirst(string email, string expected)
    {
        Assert.Equal(expected, First(email));
    }

    [Fact]
    public async Task Search_EmailAlsoMentionedElsewhere_FindsTheAddressOwnerFirst()
    {
        // Too many dots for a fuzzy match: only an exact key match on the email puts its owner above an entity
        // whose short description merely mentions the address.
        var snapshot = await Load("mail.yaml", Documents(
            Minimal("User", "jos", "  profile:\n    email: jo.o.smith@mail.example.com")
                .Replace("  name: jos", "  name: jos\n  description: Joanna writes the storefront, the basket and most of the checkout flow", StringComparison.Ordinal),
            Api("mail-relay", extraMetadata: "  description: jo.o.smith@mail.example.com"),
            Group("team-a")));
        using var index = new CatalogIndex(indexPath: null);
        index.Rebuild(snapshot, CancellationToken.None);

        Assert.Equal("user:default/jos", index.Search("jo.o.smith@mail.example.com", 5).Hits[0].Entity.Ref.ToString());
    }

    [Theory]
    [InlineData("pymnts-ap")]
    [InlineData("lgr")]
    public void Search_MoreTyposThanTheKeyAllows_NoTypoMatch(string text)
    {
        var result = _index.Search(text, 10);

        Assert.DoesNotContain(result.Hits, h => h.Entity.Metadata.Name is "payments-api" or "ledger");
    }

    [Fact]
    public void Search_DescriptionWords_Found()
    {
        Assert.Equal("api:default/payments", First("REST"));
    }

    [Fact]
    public void Search_KindFilter_OnlyThatKind()
    {
        var hits = Search("kind:api payments").Hits;

        Assert.Equal("api:default/payments", Assert.Single(hits).Entity.Ref.ToString());
        Assert.All(Search("kind:API").Hits, h => Assert.Equal(KnownKinds.Api, h.Entity.Ref.Kind));
    }

    [Fact]
    public void Search_OwnerFilter_OnlyWhatTheOwnerOwns()
    {
        var refs = Search("owner:team-a", limit: 50).Hits.Select(h => h.Entity.Ref.ToString()).Order();

        Assert.Equal(["api:default/payments", "component:default/artist-lookup", "component:default/payments-api"], refs);
        Assert.Equal(Refs("owner:team-a"), Refs("owner:group:default/team-a"));
    }

    [Fact]
    public void Search_TagFilter_OnlyTaggedEntities()
    {
        Assert.Equal(["component:default/artist-lookup", "component:default/payments-api"], Refs("tag:java"));
        Assert.Equal(["component:default/payments-api"], Refs("tag:java payments"));
    }

    [Fact]
    public void Search_SeveralFilters_AllMustHold()
    {
        Assert.Equal(["component:default/ledger"], Refs("kind:component owner:team-b"));
        Assert.Equal(["component:default/payments-api"], Refs("system:checkout"));
        Assert.Empty(Search("kind:api tag:go").Hits);
    }

    [Fact]
    public void Search_Limit_CapsTheHits()
    {
        Assert.Equal(2, Search("kind:component", limit: 2).Hits.Count);
        Assert.Single(Search("kind:component", limit: 0).Hits);
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("*")]
    [InlineData("field:")]
    [InlineData("\\")]
    [InlineData("kind:")]
    [InlineData("owner:::")]
    [InlineData("owner:/")]
    [InlineData("((( [a TO b] {x} ^2 ~3")]
    [InlineData("payments AND OR NOT -+!")]
    [InlineData("*:*")]
    [InlineData("\"\"")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("pay*ments?")]
    [InlineData("💳 paiement ü")]
    [InlineData("\0\t\r\n")]
    public void Search_HostileText_NeverThrows(string text)
    {
        var result = Search(text);

        Assert.Same(_snapshot, result.Snapshot);
        Assert.All(result.Hits, h => Assert.Same(_snapshot.Get(h.Entity.Ref), h.Entity));
    }

    [Fact]
    public void Search_VeryLongText_NeverThrows()
    {
        var oneWord = new string('a', 20_000);
        var manyWords = string.Join(' ', Enumerable.Repeat("payments-api", 2_000));

        Assert.Empty(Search(oneWord).Hits);
        Assert.Equal("component:default/payments-api", Search(manyWords).Hits[0].Entity.Ref.ToString());
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

    private List<string> Refs(string text) => [.. Search(text, limit: 50).Hits.Select(h => h.Entity.Ref.ToString()).Order(StringComparer.Ordinal)];
}
