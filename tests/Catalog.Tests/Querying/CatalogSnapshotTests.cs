using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Tests.Support;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Querying;

public sealed class CatalogSnapshotTests : IDisposable
{
    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Theory]
    [InlineData("payments-api")]
    [InlineData("PaymentsApi")]
    [InlineData("payments_api")]
    [InlineData("payments api")]
    [InlineData("PAYMENTS-API")]
    [InlineData(" payments.api ")]
    public async Task FindByName_AnySpelling_FindsTheEntity(string name)
    {
        var snapshot = await Load(Component("payments-api"), Component("payments-db"));

        Assert.Equal("component:default/payments-api", Assert.Single(snapshot.FindByName(name)).Ref.ToString());
    }

    [Fact]
    public async Task FindByName_UnknownName_Empty()
    {
        var snapshot = await Load(Component("payments-api"));

        Assert.Empty(snapshot.FindByName("ledger"));
        Assert.Empty(snapshot.FindByName(""));
    }

    [Fact]
    public async Task FindByName_AcrossKinds_ReturnsEveryKindUnlessOneIsAsked()
    {
        var snapshot = await Load(Component("petstore"), Api("petstore"), Minimal("Group", "team-a"));

        Assert.Equal(2, snapshot.FindByName("petstore").Count);
        Assert.Equal("api:default/petstore", Assert.Single(snapshot.FindByName("petstore", "api")).Ref.ToString());
        Assert.Equal("api:default/petstore", Assert.Single(snapshot.FindByName("API:petstore")).Ref.ToString());
        Assert.Empty(snapshot.FindByName("petstore", "system"));
    }

    [Fact]
    public async Task FindByAnyName_TitleAliasDisplayNameAndEmail_EachFindTheEntity()
    {
        var snapshot = await Load(
            Component("payments-api", extraMetadata: "  title: Checkout Payments\n  annotations:\n    wayfinder.dev/aliases: billing, pay gateway"),
            Minimal("User", "jo.doe", "  profile:\n    displayName: Jo Smith\n    email: jo@example.com"),
            Minimal("Group", "team-a"));

        Assert.Equal(("payments-api", NameMatchSource.Title), One(snapshot, "checkout payments"));
        Assert.Equal(("payments-api", NameMatchSource.Alias), One(snapshot, "Billing"));
        Assert.Equal(("payments-api", NameMatchSource.Alias), One(snapshot, "pay-gateway"));
        Assert.Equal(("jo.doe", NameMatchSource.DisplayName), One(snapshot, "jo smith"));
        Assert.Equal(("jo.doe", NameMatchSource.Email), One(snapshot, "jo@example.com"));
        Assert.Empty(snapshot.FindByAnyName("nobody"));
    }

    [Fact]
    public async Task FindByAnyName_NameBeforeOtherNames_EachEntityOnce()
    {
        var snapshot = await Load(
            Component("billing"),
            Component("payments-api", extraMetadata: "  title: Billing\n  annotations:\n    wayfinder.dev/aliases: billing"));

        var matches = snapshot.FindByAnyName("billing");

        Assert.Equal([("billing", NameMatchSource.Name), ("payments-api", NameMatchSource.Title)], matches.Select(m => (m.Entity.Metadata.Name, m.Source)));
    }

    [Fact]
    public async Task RelationsOf_WithType_OnlyThatTypeInDeclarationOrder()
    {
        var snapshot = await Load(
            Component("web", extraSpec: "  consumesApis: [b, a]\n  providesApis: [c]"),
            Api("a"), Api("b"), Api("c"), Minimal("Group", "team-a"));

        var web = EntityRef.Parse("component:web");
        Assert.Equal(["api:default/b", "api:default/a"], snapshot.RelationsOf(web, RelationTypes.ConsumesApi).Select(r => r.Target.ToString()));
        Assert.Equal(4, snapshot.RelationsOf(web).Count);
        Assert.Empty(snapshot.RelationsOf(EntityRef.Parse("component:nothing")));
    }

    [Fact]
    public async Task GroupAncestors_ParentCycle_TerminatesWithEachGroupOnce()
    {
        var snapshot = await Load(
            Minimal("Group", "a", "  parent: b"),
            Minimal("Group", "b", "  parent: c"),
            Minimal("Group", "c", "  parent: a"));

        Assert.Equal(["b", "c"], snapshot.GroupAncestors(EntityRef.Parse("group:a")).Select(e => e.Metadata.Name));
        Assert.Equal(["c", "b"], snapshot.GroupDescendants(EntityRef.Parse("group:a")).Select(e => e.Metadata.Name));
    }

    [Fact]
    public async Task GroupAncestors_DanglingParent_StopsThere()
    {
        var snapshot = await Load(Minimal("Group", "a", "  parent: b"), Minimal("Group", "b", "  parent: gone"));

        Assert.Equal(["b"], snapshot.GroupAncestors(EntityRef.Parse("group:a")).Select(e => e.Metadata.Name));
    }

    [Fact]
    public async Task OwnerContactOf_OwnerWithoutChannel_TakesNearestParentGroupsChannel()
    {
        var snapshot = await Load(
            Component("payments-api"),
            Minimal("Group", "team-a", "  parent: payments\n  profile:\n    email: team-a@example.com"),
            Group("payments", "[team-a]", extraSpec: "  parent: org", extraMetadata: "  annotations:\n    wayfinder.dev/slack-channel: '#payments'"),
            Group("org", "[payments]", extraMetadata: "  annotations:\n    wayfinder.dev/slack-channel: '#org'\n    wayfinder.dev/teams-channel: Org"),
            Minimal("User", "jo", "  memberOf: [team-a]"));

        var contact = snapshot.OwnerContactOf(EntityRef.Parse("component:payments-api"));

        Assert.NotNull(contact);
        Assert.Equal("team-a@example.com", contact.Email);
        Assert.Equal(("#payments", (string?)null), (contact.SlackChannel, contact.TeamsChannel));
        Assert.Equal("group:default/payments", contact.ChannelFrom.ToString());
        Assert.Equal(["jo"], contact.Members.Select(m => m.Metadata.Name));
    }

    [Fact]
    public async Task OwnerContactOf_OwnerWithOwnChannel_NoChannelFrom()
    {
        var snapshot = await Load(Component("c"), Group("team-a", extraMetadata: "  annotations:\n    wayfinder.dev/teams-channel: Team A"));

        var contact = snapshot.OwnerContactOf(EntityRef.Parse("component:c"))!;

        Assert.Equal("Team A", contact.TeamsChannel);
        Assert.Null(contact.ChannelFrom);
    }

    [Fact]
    public async Task OwnerContactOf_DanglingOwner_GivesRefWithoutEntity()
    {
        var snapshot = await Load(Component("c", owner: "team-gone"));

        var contact = snapshot.OwnerContactOf(EntityRef.Parse("component:c"))!;

        Assert.Equal("group:default/team-gone", contact.OwnerRef.ToString());
        Assert.Null(contact.Owner);
        Assert.Empty(contact.Members);
    }

    [Fact]
    public async Task OwnerContactOf_EntityWithoutOwner_Null()
    {
        var snapshot = await Load(Minimal("Group", "team-a"));

        Assert.Null(snapshot.OwnerContactOf(EntityRef.Parse("group:team-a")));
        Assert.Null(snapshot.OwnerContactOf(EntityRef.Parse("component:missing")));
    }

    [Fact]
    public async Task CountsByKind_KindsWrittenInDifferentCase_CountedTogether()
    {
        var snapshot = await Load(Component("a"), Component("b").Replace("kind: Component", "kind: component", StringComparison.Ordinal), Minimal("Group", "team-a"));

        Assert.Equal(2, snapshot.CountsByKind["Component"]);
        Assert.Equal(2, snapshot.CountsByKind["COMPONENT"]);
        Assert.Equal(2, snapshot.CountsByKind.Count);
    }

    [Fact]
    public async Task Problems_OrderedByPathLineAndColumn()
    {
        _catalog.Write("b.yaml", Component("b", owner: "gone-b"));
        _catalog.Write("a.yaml", Documents(Component("a2", owner: "gone-a2"), Component("bad name")));

        var snapshot = await SnapshotLoader.SnapshotAsync(_catalog.Root, "b.yaml", "a.yaml");

        Assert.Equal(["a.yaml:9", "a.yaml:15", "b.yaml:9"], snapshot.Problems.Select(p => $"{p.Position.Path}:{p.Position.Line}"));
    }

    [Fact]
    public async Task FindByAnyName_DisplayNameWithAccents_FoundWithoutThem()
    {
        var snapshot = await Load(Minimal("User", "zm", "  profile:\n    displayName: Zoë Müller"));

        Assert.Equal(("zm", NameMatchSource.DisplayName), One(snapshot, "Zoe Muller"));
    }

    [Fact]
    public void Empty_HasNothing()
    {
        Assert.Empty(CatalogSnapshot.Empty.Entities);
        Assert.Empty(CatalogSnapshot.Empty.Problems);
        Assert.Null(CatalogSnapshot.Empty.Get(EntityRef.Parse("component:a")));
        Assert.Empty(CatalogSnapshot.Empty.FindByName("a"));
    }

    private async Task<CatalogSnapshot> Load(params string[] documents)
    {
        _catalog.Write("catalog.yaml", Documents(documents));
        return await SnapshotLoader.SnapshotAsync(_catalog.Root, "catalog.yaml");
    }

    private static (string Name, NameMatchSource Source) One(CatalogSnapshot snapshot, string phrase)
    {
        var match = Assert.Single(snapshot.FindByAnyName(phrase));
        return (match.Entity.Metadata.Name, match.Source);
    }
}
