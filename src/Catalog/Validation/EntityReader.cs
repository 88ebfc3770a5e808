using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Validation;

/// <summary>
/// Turns one descriptor document into a validated <see cref="Entity"/> with Backstage's rules, reporting every
/// problem it finds; returns <c>null</c> when the document has errors (it is skipped, the rest still loads).
/// </summary>
internal static class EntityReader
{
    private static readonly HashSet<string> TopLevelKeys = new(StringComparer.Ordinal) { "apiVersion", "kind", "metadata", "spec" };
    private static readonly HashSet<string> CoreApiVersions = new(StringComparer.Ordinal) { "backstage.io/v1alpha1", "backstage.io/v1beta1" };
    private const string TemplateApiVersion = "scaffolder.backstage.io/v1beta3";

    public static Entity? Read(DescriptorNode root, ProblemLog log)
    {
        if (root is not DescriptorMap document)
        {
            log.Error(root, $"a descriptor document must be a map with apiVersion, kind and metadata, not {root.Shape}");
            return null;
        }

        var errorsBefore = log.ErrorCount;
        CheckTopLevelKeys(document, log);
        var kind = ReadKind(document, log);
        var apiVersion = ReadApiVersion(document, kind, log);
        var metadata = document["metadata"] is { } metadataNode
            ? MetadataReader.Read(metadataNode, log)
            : Missing(document, "metadata", log);
        var spec = ReadSpec(document, kind, metadata?.Namespace, log);

        if (log.ErrorCount > errorsBefore || kind is null || apiVersion is null || metadata is null || spec is null)
        {
            return null;
        }

        var entity = new Entity
        {
            Ref = new EntityRef(kind, metadata.Namespace, metadata.Name),
            Kind = kind,
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = spec,
            Source = log.At(document),
        };
        if (!entity.IsKnownKind)
        {
            log.Warning(document["kind"], $"unknown kind '{kind}'; {entity.Ref} is kept as a generic entity");
        }

        return entity;
    }

    private static void CheckTopLevelKeys(DescriptorMap document, ProblemLog log)
    {
        foreach (var (key, _) in document.Entries)
        {
            if (TopLevelKeys.Contains(key.Value))
            {
                continue;
            }

            log.Error(key, key.Value is "relations" or "status"
                ? $"'{key.Value}' is computed by the catalog and must not be written in a descriptor"
                : $"unknown top-level key '{key.Value}'; only apiVersion, kind, metadata and spec are allowed");
        }
    }

    private static string? ReadKind(DescriptorMap document, ProblemLog log)
    {
        var kind = RequiredText(document, "kind", log);
        if (kind is not null && !NameRules.IsValidKind(kind))
        {
            log.Error(document["kind"], $"kind '{kind}' is invalid: a letter then letters or digits, at most 63");
            return null;
        }

        return kind;
    }

    private static string? ReadApiVersion(DescriptorMap document, string? kind, ProblemLog log)
    {
        var apiVersion = RequiredText(document, "apiVersion", log);
        var node = document["apiVersion"];
        if (apiVersion is null || kind is null)
        {
            return apiVersion;
        }

        var lowerKind = kind.ToLowerInvariant();
        if (!NameRules.IsValidApiVersion(apiVersion))
        {
            log.Error(node, $"apiVersion '{apiVersion}' is invalid: an optional DNS prefix and '/', then letters and digits");
        }
        else if (lowerKind == KnownKinds.Template && apiVersion != TemplateApiVersion)
        {
            log.Error(node, $"apiVersion '{apiVersion}' is not supported for kind Template; use {TemplateApiVersion}");
        }
        else if (KnownKinds.All.Contains(lowerKind) && lowerKind != KnownKinds.Template && !CoreApiVersions.Contains(apiVersion))
        {
            log.Error(node, $"apiVersion '{apiVersion}' is not supported for kind {kind}; use backstage.io/v1alpha1");
        }

        return apiVersion;
    }

    private static DescriptorMap? ReadSpec(DescriptorMap document, string? kind, string? @namespace, ProblemLog log)
    {
        var lowerKind = kind?.ToLowerInvariant();
        switch (document["spec"])
        {
            case null or DescriptorScalar { IsNull: true }:
                if (lowerKind is not null && SpecRules.Knows(lowerKind) && lowerKind != KnownKinds.Location)
                {
                    log.Error(document, $"{kind} needs a spec");
                    return null;
                }

                return DescriptorMap.Empty;
            case DescriptorMap spec:
                if (lowerKind is not null)
                {
                    SpecValidator.Check(lowerKind, @namespace ?? EntityRef.DefaultNamespace, spec, log);
                }

                return spec;
            case var other:
                log.Error(other, $"spec must be a map, not {other.Shape}");
                return null;
        }
    }

    private static string? RequiredText(DescriptorMap map, string key, ProblemLog log)
    {
        var node = map[key];
        if (node?.AsText() is { Length: > 0 } text)
        {
            return text;
        }

        log.Error(node ?? map, node is null ? $"'{key}' is required" : $"'{key}' must be text, not {node.Shape}");
        return null;
    }

    private static EntityMetadata? Missing(DescriptorMap document, string key, ProblemLog log)
    {
        log.Error(document, $"'{key}' is required");
        return null;
    }
}
