using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Tests.Support;
using static Wayfinder.Catalog.Relations.RelationTypes;

namespace Wayfinder.Catalog.Tests.Relations;

/// <summary>Relations of the Backstage example catalog, spot-checked in both directions.</summary>
public sealed class RelationBuilderExampleTests(ExampleCatalog examples) : IClassFixture<ExampleCatalog>
{
    [Fact]
    public void Build_Owner_OwnedByAndOwnerOf()
    {
        AssertBothWays("component:default/artist-lookup", OwnedBy, "group:default/team-a", OwnerOf);
    }

    [Fact]
    public void Build_UserOwner_OwnedByTheUser()
    {
        AssertBothWays("component:default/searcher", OwnedBy, "user:default/guest", OwnerOf);
        AssertBothWays("domain:default/playback", OwnedBy, "user:default/frank.tiernan", OwnerOf);
    }

    [Fact]
    public void Build_MemberOf_HasMemberOnTheGroupIncludingOtherNamespaces()
    {
        string[] members =
        [
            "user:default/breanna.davison", "user:default/janelle.dawe", "user:default/nigel.manning",
            "user:default/guest", "user:development/guest",
        ];

        Assert.Equal(members.Order(), Targets("group:default/team-a", HasMember).Order());
        Assert.All(members, user => Assert.Equal(["group:default/team-a"], Targets(user, MemberOf)));
    }

    [Fact]
    public void Build_ProvidesApis_BothWays()
    {
        Assert.Equal(["api:default/petstore", "api:default/streetlights", "api:default/hello-world"], Targets("component:default/petstore", ProvidesApi));
        AssertBothWays("component:default/petstore", ProvidesApi, "api:default/petstore", ApiProvidedBy);
        AssertBothWays("component:default/wayback-archive", ProvidesApi, "api:default/wayback-archive", ApiProvidedBy);
        AssertBothWays("component:default/wayback-search", ProvidesApi, "api:default/wayback-search", ApiProvidedBy);
    }

    [Fact]
    public void Build_ConsumesApis_BothWays()
    {
        AssertBothWays("component:default/wayback-search", ConsumesApi, "api:default/wayback-archive", ApiConsumedBy);
    }

    [Fact]
    public void Build_UnknownSpecFieldApiConsumedBy_MakesNoRelation()
    {
        Assert.Empty(Targets("component:default/artist-lookup", ApiConsumedBy));
        Assert.Empty(Targets("component:default/www-artist", ConsumesApi));
    }

    [Fact]
    public void Build_DependsOn_BothWays()
    {
        AssertBothWays("component:default/artist-lookup", DependsOn, "resource:default/artists-db", DependencyOf);
    }

    [Fact]
    public void Build_System_HasPartListsEveryPart()
    {
        var parts = Targets("system:default/artist-engagement-portal", HasPart);

        Assert.Equal(
            [
                "airesource:default/code-review-plugin", "airesource:default/frontend-design", "airesource:default/use-internal-apis",
                "component:default/artist-lookup", "component:default/www-artist", "resource:default/artists-db",
            ],
            parts.Order(StringComparer.Ordinal));
        AssertBothWays("component:default/artist-lookup", PartOf, "system:default/artist-engagement-portal", HasPart);
    }

    [Fact]
    public void Build_SystemDomain_PartOfTheDomain()
    {
        AssertBothWays("system:default/artist-engagement-portal", PartOf, "domain:default/artists", HasPart);
        Assert.Equal(["system:default/audio-playback", "system:default/podcast"], Targets("domain:default/playback", HasPart).Order());
    }

    [Fact]
    public void Build_SubdomainOf_ArtistsPartOfAudio()
    {
        AssertBothWays("domain:default/artists", PartOf, "domain:default/audio", HasPart);
    }

    [Fact]
    public void Build_SubcomponentOf_PartOfTheComponent()
    {
        Assert.Equal(
            ["component:default/wayback-archive-ingestion", "component:default/wayback-archive-storage"],
            Targets("component:default/wayback-archive", HasPart).Order());
        AssertBothWays("component:default/wayback-archive-storage", PartOf, "component:default/wayback-archive", HasPart);
    }

    [Fact]
    public void Build_GroupParentAndChildren_BothWaysWithoutDuplicates()
    {
        // team-a says parent: backstage; backstage says children: [team-a, team-b]; both ends agree.
        Assert.Equal(["group:default/backstage"], Targets("group:default/team-a", ChildOf));
        Assert.Equal(["group:default/team-a", "group:default/team-b"], Targets("group:default/backstage", ParentOf));
        Assert.Equal(["group:default/infrastructure"], Targets("group:default/backstage", ChildOf));
        Assert.Equal(["group:default/infrastructure"], Targets("group:default/acme-corp", ParentOf));
        Assert.Empty(Targets("group:default/acme-corp", ChildOf));
    }

    [Fact]
    public void Build_EveryRelation_AppearsOnceAndHasItsInverse()
    {
        var snapshot = examples.Snapshot;
        var inverse = RefFields.All
            .SelectMany(f => new[] { (f.Relation, f.Inverse), (Relation: f.Inverse, Inverse: f.Relation) })
            .Distinct()
            .ToDictionary(p => p.Relation, p => p.Inverse);

        foreach (var entity in snapshot.Entities)
        {
            var relations = snapshot.RelationsOf(entity.Ref);
            Assert.Equal(relations.Count, relations.Distinct().Count());
            foreach (var relation in relations)
            {
                Assert.Contains(new EntityRelation(inverse[relation.Type], entity.Ref), snapshot.RelationsOf(relation.Target));
            }
        }
    }

    private void AssertBothWays(string from, string relation, string to, string inverse)
    {
        Assert.Contains(to, Targets(from, relation));
        Assert.Contains(from, Targets(to, inverse));
    }

    private List<string> Targets(string from, string relation) =>
        examples.Snapshot.RelationsOf(EntityRef.Parse(from), relation).Select(r => r.Target.ToString()).ToList();
}
