using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Catalog.Validation;

/// <summary>Checks a spec against its kind's required and typed fields and its ref fields.</summary>
internal static class SpecValidator
{
    public static void Check(string kind, string @namespace, DescriptorMap spec, ProblemLog log)
    {
        foreach (var field in SpecRules.For(kind, spec.Text("type")))
        {
            var node = spec[field.Name];
            if (node is null or DescriptorScalar { IsNull: true })
            {
                if (field.Required)
                {
                    log.Error(node ?? spec, $"spec.{field.Name} is required for kind {kind}");
                }

                continue;
            }

            if (!Fits(node, field.Shape))
            {
                log.Error(node, $"spec.{field.Name} must be {Describe(field.Shape)}, not {node.Shape}");
            }
        }

        if (kind == Entities.KnownKinds.Location && spec.Text("presence") is { } presence && presence is not ("required" or "optional"))
        {
            log.Error(spec["presence"], $"spec.presence must be 'required' or 'optional', not '{presence}'");
        }

        RefFieldValidator.Check(kind, @namespace, spec, log);
    }

    private static bool Fits(DescriptorNode node, FieldShape shape) => shape switch
    {
        FieldShape.Text => node is DescriptorScalar { Value.Length: > 0 },
        FieldShape.List => node is DescriptorList,
        FieldShape.Map => node is DescriptorMap,
        _ => node is DescriptorScalar or DescriptorMap,
    };

    private static string Describe(FieldShape shape) => shape switch
    {
        FieldShape.Text => "non-empty text",
        FieldShape.List => "a list",
        FieldShape.Map => "a map",
        FieldShape.Ref => "an entity reference",
        _ => "text or a map",
    };
}
