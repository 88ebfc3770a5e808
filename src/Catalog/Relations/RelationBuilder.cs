using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Relations;

/// <summary>
/// Computes relations in both directions from every ref field (catalog-format.md §5), unioning links declared on
/// both ends and de-duplicating. Refs to entities that do not exist are kept and reported as warnings.
/// </summary>
internal static class RelationBuilder
{
    public static Dictionary<EntityRef, EntityRelation[]> Build(
        IReadOnlyDictionary<EntityRef, Entity> entities, List<CatalogProblem> problems)
    {
        var relations = new Dictionary<EntityRef, HashSet<EntityRelation>>();
        foreach (var entity in entities.Values)
        {
            foreach (var field in RefFields.For(entity.Ref.Kind))
            {
                foreach (var (parsed, node) in TargetsOf(entity, field))
                {
                    // Share the target entity's own ref (and its strings) rather than keep a parsed copy per mention.
                    var exists = entities.TryGetValue(parsed, out var targetEntity);
                    var target = exists ? targetEntity!.Ref : parsed;
                    Add(relations, entity.Ref, new EntityRelation(field.Relation, target));
                    Add(relations, target, new EntityRelation(field.Inverse, entity.Ref));
                    if (!exists)
                    {
                        problems.Add(new CatalogProblem(ProblemSeverity.Warning,
                            entity.Source with { Line = node.Line, Column = node.Column },
                            $"spec.{field.Field} of {entity.Ref} refers to {target}, which is not in the catalog"));
                    }
                }
            }
        }

        return relations.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    private static IEnumerable<(EntityRef Target, DescriptorNode Node)> TargetsOf(Entity entity, RefField field)
    {
        var nodes = entity.Spec[field.Field] switch
        {
            DescriptorList list => list.Items,
            DescriptorScalar { IsNull: true } or null => [],
            var single => [single],
        };
        foreach (var node in nodes)
        {
            if (RefReader.TryRead(node, field.DefaultKind, entity.Ref.Namespace, out var target, out _))
            {
                yield return (target, node);
            }
        }
    }

    private static void Add(Dictionary<EntityRef, HashSet<EntityRelation>> relations, EntityRef from, EntityRelation relation)
    {
        if (!relations.TryGetValue(from, out var set))
        {
            set = [];
            relations.Add(from, set);
        }

        set.Add(relation);
    }
}
