using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Catalog.Tests.Relations;

public sealed class RelationTableBuilderTests
{
    private static readonly EntityRef Team = EntityRef.Parse("group:team-a");
    private static readonly EntityRef Service = EntityRef.Parse("component:svc");
    private static readonly EntityRef Missing = EntityRef.Parse("group:ghosts");

    [Fact]
    public void Build_LinkDeclaredTwice_KeepsFirstOccurrencesInDeclarationOrder()
    {
        var builder = new RelationTableBuilder([Entity(Team), Entity(Service)]);
        builder.Add(1, RelationTypes.OwnedBy, 0);
        builder.Add(1, RelationTypes.DependsOn, 0);
        builder.Add(1, RelationTypes.OwnedBy, 0);

        var relations = builder.Build().Of(Service, null);

        Assert.Equal([new EntityRelation(RelationTypes.OwnedBy, Team), new EntityRelation(RelationTypes.DependsOn, Team)], relations);
    }

    [Fact]
    public void SlotOf_RefNoEntityHas_AddsASlotPastTheEntities()
    {
        var builder = new RelationTableBuilder([Entity(Team), Entity(Service)]);

        var slot = builder.SlotOf(Missing, out var isEntity);
        builder.Add(slot, RelationTypes.OwnerOf, 1);
        var table = builder.Build();

        Assert.False(isEntity);
        Assert.Equal(2, slot);
        Assert.Equal(1, builder.SlotOf(Service, out var serviceIsEntity));
        Assert.True(serviceIsEntity);
        Assert.Equal([new EntityRelation(RelationTypes.OwnerOf, Service)], table.Of(Missing, null));
    }

    [Fact]
    public void Of_WithType_ReturnsOnlyThatType()
    {
        var builder = new RelationTableBuilder([Entity(Team), Entity(Service)]);
        builder.Add(1, RelationTypes.OwnedBy, 0);
        builder.Add(1, RelationTypes.DependsOn, 0);
        var table = builder.Build();

        Assert.Equal([new EntityRelation(RelationTypes.DependsOn, Team)], table.Of(Service, RelationTypes.DependsOn));
        Assert.Empty(table.Of(Service, "noSuchType"));
        Assert.Empty(table.Of(Missing, null));
    }

    [Fact]
    public void Build_LongRunWithRepeats_DropsEveryRepeat()
    {
        var entities = Enumerable.Range(0, 40).Select(i => Entity(EntityRef.Parse($"component:c{i}"))).Prepend(Entity(Team)).ToList();
        var builder = new RelationTableBuilder(entities);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 1; i < entities.Count; i++)
            {
                builder.Add(0, RelationTypes.OwnerOf, i);
            }
        }

        var relations = builder.Build().Of(Team, null);

        Assert.Equal(entities.Skip(1).Select(e => e.Ref), relations.Select(r => r.Target));
    }

    private static Entity Entity(EntityRef entityRef) => new()
    {
        Ref = entityRef,
        Kind = entityRef.Kind,
        ApiVersion = "backstage.io/v1alpha1",
        Metadata = new EntityMetadata { Name = entityRef.Name, Namespace = entityRef.Namespace },
        Spec = DescriptorMap.Empty,
        Source = new SourcePosition("test.yaml", 1, 1),
    };
}
