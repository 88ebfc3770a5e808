using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Relations.RelationTypes;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Relations;

public sealed class RelationBuilderTests : IDisposable
{
    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    /// <summary>One row per <see cref="RefFields"/> field: source kind, field line, target kind, relation, inverse.</summary>
    public static TheoryData<string, string, string, string, string> EveryRefField { get; } = new()
    {
        { "Component", "owner: team-x", "group:default/team-x", OwnedBy, OwnerOf },
        { "Component", "system: portal", "system:default/portal", PartOf, HasPart },
        { "System", "domain: artists", "domain:default/artists", PartOf, HasPart },
        { "Component", "subcomponentOf: whole", "component:default/whole", PartOf, HasPart },
        { "Domain", "subdomainOf: audio", "domain:default/audio", PartOf, HasPart },
        { "Component", "providesApis: [payments]", "api:default/payments", ProvidesApi, ApiProvidedBy },
        { "Component", "consumesApis: [payments]", "api:default/payments", ConsumesApi, ApiConsumedBy },
        { "Component", "dependsOn: ['resource:db']", "resource:default/db", DependsOn, DependencyOf },
        { "Resource", "dependsOn: ['component:worker']", "component:default/worker", DependsOn, DependencyOf },
        { "Component", "dependencyOf: ['component:front']", "component:default/front", DependencyOf, DependsOn },
        { "Resource", "dependencyOf: ['component:front']", "component:default/front", DependencyOf, DependsOn },
        { "Group", "parent: org", "group:default/org", ChildOf, ParentOf },
        { "Group", "children: [team-y]", "group:default/team-y", ParentOf, ChildOf },
        { "Group", "members: [jo]", "user:default/jo", HasMember, MemberOf },
        { "User", "memberOf: [team-x]", "group:default/team-x", MemberOf, HasMember },
        { "AiResource", "type: plugin\n  skills: [review]", "airesource:default/review", HasPart, PartOf },
        { "AiResource", "type: marketplace\n  plugins: [review]", "airesource:default/review", HasPart, PartOf },
    };

    [Theory]
    [MemberData(nameof(EveryRefField))]
    public async Task Build_RefField_RelatesBothWaysWithTheFieldsDefaultKind(string kind, string field, string target, string relation, string inverse)
    {
        var targetRef = EntityRef.Parse(target);
        _catalog.Write("a.yaml", Documents(
            Minimal(kind, "source", "  " + field),
            Minimal(targetRef.Kind, targetRef.Name),
            Minimal("Group", "team-a")));

        var snapshot = await Snapshot();

        Assert.Empty(snapshot.Problems);
        var source = new EntityRef(kind, "default", "source");
        Assert.Contains(new EntityRelation(relation, targetRef), snapshot.RelationsOf(source));
        Assert.Contains(new EntityRelation(inverse, source), snapshot.RelationsOf(targetRef));
        Assert.Equal(["source"], snapshot.Related(targetRef, inverse).Select(e => e.Metadata.Name));
    }

    [Fact]
    public void EveryRefField_CoversEveryRowOfRefFields()
    {
        var covered = EveryRefField.Select(row => ((string)row[1]).Split('\n')[^1].Trim().Split(':')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(RefFields.All, field => Assert.Contains(field.Field, covered));
    }

    [Fact]
    public async Task Build_LinkDeclaredOnBothEnds_OneRelationEachWay()
    {
        _catalog.Write("a.yaml", Documents(
            Minimal("Group", "org", "  children: [team-a]"),
            Minimal("Group", "team-a", "  parent: org\n  members: [jo]"),
            Minimal("User", "jo", "  memberOf: [team-a, Team-A]")));

        var snapshot = await Snapshot();

        Assert.Empty(snapshot.Problems);
        Assert.Equal([new EntityRelation(ParentOf, EntityRef.Parse("group:team-a"))], snapshot.RelationsOf(EntityRef.Parse("group:org")));
        Assert.Equal(
            [new EntityRelation(ChildOf, EntityRef.Parse("group:org")), new EntityRelation(HasMember, EntityRef.Parse("user:jo"))],
            snapshot.RelationsOf(EntityRef.Parse("group:team-a")));
        Assert.Equal([new EntityRelation(MemberOf, EntityRef.Parse("group:team-a"))], snapshot.RelationsOf(EntityRef.Parse("user:jo")));
    }

    [Fact]
    public async Task Build_DanglingRef_KeptAsRelationAndWarnedAtTheRef()
    {
        _catalog.Write("a.yaml", Minimal("Component", "orphan", "  owner: team-gone\n  dependsOn: ['resource:gone-db']"));

        var snapshot = await Snapshot();

        var orphan = EntityRef.Parse("component:orphan");
        Assert.Equal(
            [new EntityRelation(OwnedBy, EntityRef.Parse("group:team-gone")), new EntityRelation(DependsOn, EntityRef.Parse("resource:gone-db"))],
            snapshot.RelationsOf(orphan));
        Assert.Contains(new EntityRelation(OwnerOf, orphan), snapshot.RelationsOf(EntityRef.Parse("group:team-gone")));
        Assert.Empty(snapshot.Related(orphan, OwnedBy));
        Assert.Equal(
            [
                "a.yaml:9:10: warning: spec.owner of component:default/orphan refers to group:default/team-gone, which is not in the catalog",
                "a.yaml:10:15: warning: spec.dependsOn of component:default/orphan refers to resource:default/gone-db, which is not in the catalog",
            ],
            snapshot.Problems.Select(p => p.ToString()));
        Assert.Equal(0, snapshot.ErrorCount);
    }

    [Fact]
    public async Task Build_RefWithoutNamespace_UsesTheReferringEntitysNamespace()
    {
        _catalog.Write("a.yaml", Documents(
            Minimal("Component", "c", "  owner: team-a", ns: "payments"),
            Minimal("Group", "team-a", ns: "payments")));

        var snapshot = await Snapshot();

        Assert.Empty(snapshot.Problems);
        Assert.Equal([new EntityRelation(OwnedBy, EntityRef.Parse("group:payments/team-a"))], snapshot.RelationsOf(EntityRef.Parse("component:payments/c")));
    }

    [Fact]
    public async Task Build_ExplicitNamespace_CrossesNamespaces()
    {
        _catalog.Write("a.yaml", Documents(
            Minimal("Component", "c", "  owner: default/team-a", ns: "alternative"),
            Minimal("Group", "team-a")));

        var snapshot = await Snapshot();

        Assert.Empty(snapshot.Problems);
        Assert.Contains(new EntityRelation(OwnerOf, EntityRef.Parse("component:alternative/c")), snapshot.RelationsOf(EntityRef.Parse("group:default/team-a")));
    }

    [Fact]
    public async Task Build_ExplicitKind_OverridesTheFieldsDefault()
    {
        _catalog.Write("a.yaml", Documents(Minimal("Component", "c", "  owner: user:jo"), Minimal("User", "jo"), Minimal("Group", "team-a")));

        var snapshot = await Snapshot();

        Assert.Empty(snapshot.Problems);
        Assert.Equal("user:default/jo", snapshot.OwnerContactOf(EntityRef.Parse("component:c"))!.OwnerRef.ToString());
    }

    [Fact]
    public async Task Build_RefsInAnyCase_MatchTheEntity()
    {
        _catalog.Write("a.yaml", Documents(Minimal("Component", "c", "  owner: Group:Default/TEAM-A"), Minimal("Group", "team-a")));

        var snapshot = await Snapshot();

        Assert.Empty(snapshot.Problems);
        Assert.Equal("team-a", Assert.Single(snapshot.Related(EntityRef.Parse("component:c"), OwnedBy)).Metadata.Name);
    }

    [Fact]
    public async Task Build_LegacyMapRef_Accepted()
    {
        _catalog.Write("a.yaml", Documents(
            Minimal("Component", "c", "  owner: {kind: Group, name: team-a}\n  dependsOn:\n    - kind: Resource\n      namespace: data\n      name: db", ns: "web"),
            Minimal("Group", "team-a", ns: "web"),
            Minimal("Resource", "db", "  owner: web/team-a", ns: "data")));

        var snapshot = await Snapshot();

        Assert.Empty(snapshot.Problems);
        Assert.Equal(
            [new EntityRelation(OwnedBy, EntityRef.Parse("group:web/team-a")), new EntityRelation(DependsOn, EntityRef.Parse("resource:data/db"))],
            snapshot.RelationsOf(EntityRef.Parse("component:web/c")));
    }

    [Fact]
    public async Task Build_DependsOnWithoutKind_EntityRejected()
    {
        _catalog.Write("a.yaml", Documents(Minimal("Component", "c", "  dependsOn: [db]"), Minimal("Group", "team-a")));

        var snapshot = await Snapshot();

        Assert.Null(snapshot.Get(EntityRef.Parse("component:c")));
        var error = Assert.Single(snapshot.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("spec.dependsOn: entity reference 'db' needs a kind", error.Message, StringComparison.Ordinal);
    }

    private async Task<CatalogSnapshot> Snapshot() => await SnapshotLoader.SnapshotAsync(_catalog.Root, "a.yaml");
}
