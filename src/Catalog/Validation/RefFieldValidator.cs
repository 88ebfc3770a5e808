using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Catalog.Validation;

/// <summary>Checks that every ref field of a spec holds well-formed entity references.</summary>
internal static class RefFieldValidator
{
    public static void Check(string kind, string @namespace, DescriptorMap spec, ProblemLog log)
    {
        foreach (var field in RefFields.For(kind))
        {
            switch (spec[field.Field])
            {
                case null or DescriptorScalar { IsNull: true }:
                    break;
                case DescriptorList list when field.IsList:
                    foreach (var item in list.Items)
                    {
                        CheckOne(field, @namespace, item, log);
                    }

                    break;
                case var node when field.IsList:
                    log.Error(node, $"spec.{field.Field} must be a list of entity references, not {node.Shape}");
                    break;
                case var node:
                    CheckOne(field, @namespace, node, log);
                    break;
            }
        }
    }

    private static void CheckOne(RefField field, string @namespace, DescriptorNode node, ProblemLog log)
    {
        if (!RefReader.TryRead(node, field.DefaultKind, @namespace, out _, out var error))
        {
            log.Error(node, $"spec.{field.Field}: {error}");
        }
    }
}
