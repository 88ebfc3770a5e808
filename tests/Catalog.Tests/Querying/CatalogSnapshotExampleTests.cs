using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Catalog.Tests.Querying;

/// <summary>Queries over the Backstage example catalog.</summary>
public sealed class CatalogSnapshotExampleTests(ExampleCatalog examples) : IClassFixture<ExampleCatalog>
{
    private CatalogSnapshot Snapshot => examples.Snapshot;

    [Fact]
    public void FindByName_ComponentAndApiShareName_ReturnsBoth()
    {
        var found = Snapshot.FindByName("petstore");

        Assert.Equal(["api:default/petstore", "component:default/petstore"], found.Select(e => e.Ref.ToString()).Order());
    }

    [Fact]
    public void FindByName_WithKind_ReturnsThatKindOnly()
    {
        Assert.Equal("api:default/petstore", Assert.Single(Snapshot.FindByName("petstore", "API")).Ref.ToString());
        Assert.Equal("component:default/petstore", Assert.Single(Snapshot.FindByName("component:petstore")).Ref.ToString());
    }

    [Fact]
    public void FindByName_SameNameInTwoNamespaces_ReturnsBothUnlessNamespaceGiven()
    {
        Assert.Equal(["user:default/guest", "user:development/guest"], Snapshot.FindByName("guest").Select(e => e.Ref.ToString()).Order());
        Assert.Equal("user:development/guest", Assert.Single(Snapshot.FindByName("development/guest")).Ref.ToString());
        Assert.Equal("user:development/guest", Assert.Single(Snapshot.FindByName("user:development/guest")).Ref.ToString());
    }

    [Fact]
    public void Get_DevelopmentGuest_ResolvesInItsNamespace()
    {
        var guest = Snapshot.Get(new EntityRef("User", "Development", "Guest"));

        Assert.NotNull(guest);
        Assert.Equal("development", guest.Metadata.Namespace);
        Assert.Equal("guest@example.com", guest.Profile.Email);
    }

    [Fact]
    public void GroupAncestors_TeamA_ParentsNearestFirst()
    {
        var ancestors = Snapshot.GroupAncestors(EntityRef.Parse("group:team-a"));

        Assert.Equal(["backstage", "infrastructure", "acme-corp"], ancestors.Select(e => e.Metadata.Name));
    }

    [Fact]
    public void GroupDescendants_AcmeCorp_EveryGroupBreadthFirst()
    {
        var descendants = Snapshot.GroupDescendants(EntityRef.Parse("group:acme-corp"));

        Assert.Equal(["infrastructure", "backstage", "boxoffice", "team-a", "team-b", "team-c", "team-d"], descendants.Select(e => e.Metadata.Name));
    }

    [Fact]
    public void GroupDescendants_LeafTeam_None()
    {
        Assert.Empty(Snapshot.GroupDescendants(EntityRef.Parse("group:team-a")));
    }

    [Fact]
    public void OwnerContactOf_GroupOwner_GivesEmailAndMembers()
    {
        var contact = Snapshot.OwnerContactOf(EntityRef.Parse("component:artist-lookup"));

        Assert.NotNull(contact);
        Assert.Equal("group:default/team-a", contact.OwnerRef.ToString());
        Assert.Equal("team-a@example.com", contact.Email);
        Assert.Equal(
            ["user:default/breanna.davison", "user:default/guest", "user:default/janelle.dawe", "user:default/nigel.manning", "user:development/guest"],
            contact.Members.Select(m => m.Ref.ToString()).Order());
    }

    [Fact]
    public void OwnerContactOf_UserOwner_GivesTheUsersEmailAndNoMembers()
    {
        var contact = Snapshot.OwnerContactOf(EntityRef.Parse("domain:playback"));

        Assert.NotNull(contact);
        Assert.Equal("user:default/frank.tiernan", contact.Owner!.Ref.ToString());
        Assert.Equal(contact.Owner.Profile.Email, contact.Email);
        Assert.NotNull(contact.Email);
        Assert.Empty(contact.Members);
    }

    [Fact]
    public void FindByAnyName_NameSpelledLikeDisplayName_MatchesTheNameFirst()
    {
        // "Janelle Dawe" has the key of the name janelle.dawe as well as of the display name: the name wins.
        var match = Assert.Single(Snapshot.FindByAnyName("Janelle Dawe"));

        Assert.Equal(("user:default/janelle.dawe", NameMatchSource.Name), (match.Entity.Ref.ToString(), match.Source));
    }

    [Fact]
    public void FindByAnyName_DisplayName_FindsEveryUserWithIt()
    {
        var matches = Snapshot.FindByAnyName("guest user");

        Assert.Equal(["user:default/guest", "user:development/guest"], matches.Select(m => m.Entity.Ref.ToString()).Order());
        Assert.All(matches, m => Assert.Equal(NameMatchSource.DisplayName, m.Source));
    }

    [Fact]
    public void FindByAnyName_Email_FindsTheUser()
    {
        var match = Assert.Single(Snapshot.FindByAnyName("janelle-dawe@example.com"));

        Assert.Equal(("user:default/janelle.dawe", NameMatchSource.Email), (match.Entity.Ref.ToString(), match.Source));
    }
}
