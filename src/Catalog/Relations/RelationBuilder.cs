using System.Runtime.InteropServices;
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
        var relations = new Dictionary<EntityRef, List<EntityRelation>>(entities.Count);
        foreach (var entity in entities.Values)
        {
            foreach (var field in RefFields.For(entity.Ref.Kind))
            {
                switch (entity.Spec[field.Field])
                {
                    case DescriptorList list:
                        foreach (var item in list.Items)
                        {
                            Relate(entity, field, item, entities, relations, problems);
                        }

                        break;
                    case null or DescriptorScalar { IsNull: true }:
                        break;
                    case var single:
                        Relate(entity, field, single, entities, relations, problems);
                        break;
                }
            }
        }

        return relations.ToDictionary(p => p.Key, p => Distinct(p.Value));
    }

    private static void Relate(
        Entity entity,
        RefField field,
        DescriptorNode node,
        IReadOnlyDictionary<EntityRef, Entity> entities,
        Dictionary<EntityRef, List<EntityRelation>> relations,
        List<CatalogProblem> problems)
    {
        if (!RefReader.TryRead(node, field.DefaultKind, entity.Ref.Namespace, out var parsed, out _))
        {
            return;
        }

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

    private static void Add(Dictionary<EntityRef, List<EntityRelation>> relations, EntityRef from, EntityRelation relation)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(relations, from, out _);
        list ??= new List<EntityRelation>(2);
        list.Add(relation);
    }

    /// <summary>The relations without repeats (a link declared on both ends), in first-declared order.</summary>
    private static EntityRelation[] Distinct(List<EntityRelation> list) =>
        list.Count == 1 ? [list[0]] : [.. new HashSet<EntityRelation>(list)];
}
