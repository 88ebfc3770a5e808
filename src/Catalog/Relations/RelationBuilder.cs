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
    public static RelationTable Build(IReadOnlyList<Entity> entities, List<CatalogProblem> problems)
    {
        var table = new RelationTableBuilder(entities);
        for (var slot = 0; slot < entities.Count; slot++)
        {
            var entity = entities[slot];
            foreach (var field in RefFields.For(entity.Ref.Kind))
            {
                switch (entity.Spec[field.Field])
                {
                    case DescriptorList list:
                        foreach (var item in list.Items)
                        {
                            Relate(entity, slot, field, item, table, problems);
                        }

                        break;
                    case null or DescriptorScalar { IsNull: true }:
                        break;
                    case var single:
                        Relate(entity, slot, field, single, table, problems);
                        break;
                }
            }
        }

        return table.Build();
    }

    private static void Relate(
        Entity entity, int slot, RefField field, DescriptorNode node, RelationTableBuilder table, List<CatalogProblem> problems)
    {
        if (!RefReader.TryRead(node, field.DefaultKind, entity.Ref.Namespace, out var target, out _))
        {
            return;
        }

        var targetSlot = table.SlotOf(target, out var exists);
        table.Add(slot, field.Relation, targetSlot);
        table.Add(targetSlot, field.Inverse, slot);
        if (!exists)
        {
            problems.Add(new CatalogProblem(ProblemSeverity.Warning,
                entity.Source with { Line = node.Line, Column = node.Column },
                $"spec.{field.Field} of {entity.Ref} refers to {target}, which is not in the catalog"));
        }
    }
}
