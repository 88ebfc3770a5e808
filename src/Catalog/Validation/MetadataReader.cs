using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Validation;

/// <summary>Reads and validates <c>metadata</c>: name, namespace, title, description, labels, annotations, tags, links.</summary>
internal static class MetadataReader
{
    /// <summary>Shared by every entity without labels or annotations.</summary>
    private static readonly IReadOnlyDictionary<string, string> NoStrings = new Dictionary<string, string>();

    public static EntityMetadata? Read(DescriptorNode node, ProblemLog log)
    {
        if (node is not DescriptorMap metadata)
        {
            log.Error(node, $"metadata must be a map, not {node.Shape}");
            return null;
        }

        var name = ReadName(metadata, log);
        var ns = ReadNamespace(metadata, log);
        var result = new EntityMetadata
        {
            Name = name ?? string.Empty,
            Namespace = ns ?? EntityRef.DefaultNamespace,
            Title = OptionalText(metadata, "title", log),
            Description = OptionalText(metadata, "description", log),
            Labels = ReadLabels(metadata["labels"], log),
            Annotations = ReadAnnotations(metadata["annotations"], log),
            Tags = ReadTags(metadata["tags"], log),
            Links = LinkReader.Read(metadata["links"], log),
        };
        return name is null || ns is null ? null : result;
    }

    private static string? ReadName(DescriptorMap metadata, ProblemLog log)
    {
        var node = metadata["name"];
        var name = node?.AsText();
        if (name is null)
        {
            log.Error(node ?? metadata, "metadata.name is required");
            return null;
        }

        if (!NameRules.IsValidObjectName(name))
        {
            log.Error(node, $"metadata.name '{name}' is invalid: 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit");
            return null;
        }

        return name;
    }

    private static string? ReadNamespace(DescriptorMap metadata, ProblemLog log)
    {
        var node = metadata["namespace"];
        if (node is null or DescriptorScalar { IsNull: true })
        {
            return EntityRef.DefaultNamespace;
        }

        var ns = node.AsText();
        if (ns is null || !NameRules.IsValidNamespace(ns))
        {
            log.Error(node, $"metadata.namespace '{ns ?? node.Shape}' is invalid: 1-63 lower-case letters and digits joined by '-'");
            return null;
        }

        return ns;
    }

    private static string? OptionalText(DescriptorMap metadata, string key, ProblemLog log)
    {
        var node = metadata[key];
        if (node is null or DescriptorScalar { IsNull: true })
        {
            return null;
        }

        if (node is not DescriptorScalar scalar)
        {
            log.Error(node, $"metadata.{key} must be text, not {node.Shape}");
            return null;
        }

        return scalar.Value;
    }

    private static IReadOnlyDictionary<string, string> ReadLabels(DescriptorNode? node, ProblemLog log) =>
        ReadStringMap(node, "labels", log, (key, value) =>
            !NameRules.IsValidLabelKey(key.Value)
                ? $"label key '{key.Value}' is invalid: an optional DNS prefix and '/', then a valid name"
                : !NameRules.IsValidLabelValue(value.Value)
                    ? $"label value '{value.Value}' of '{key.Value}' is invalid: empty or a valid name"
                    : null);

    private static IReadOnlyDictionary<string, string> ReadAnnotations(DescriptorNode? node, ProblemLog log) =>
        ReadStringMap(node, "annotations", log, (key, value) =>
        {
            if (!NameRules.IsValidAnnotationKey(key.Value))
            {
                return $"annotation key '{key.Value}' is invalid: an optional DNS prefix and '/', then a valid name";
            }

            if (value.IsNull)
            {
                log.Warning(value, $"annotation '{key.Value}' has no value; if it starts with '#' (a channel), quote it, since an unquoted '#' begins a YAML comment");
            }
            else if (value.LooksTyped)
            {
                log.Warning(value, $"annotation '{key.Value}' has the unquoted value {value.Value}, which Backstage reads as a boolean or number and rejects; quote it");
            }

            return null;
        });

    private static IReadOnlyDictionary<string, string> ReadStringMap(
        DescriptorNode? node, string field, ProblemLog log, Func<DescriptorScalar, DescriptorScalar, string?> check)
    {
        if (node is null or DescriptorScalar { IsNull: true } or DescriptorMap { Count: 0 })
        {
            return NoStrings;
        }

        if (node is not DescriptorMap map)
        {
            log.Error(node, $"metadata.{field} must be a map, not {node.Shape}");
            return NoStrings;
        }

        // Annotation maps are small, so entities keep them as arrays (see SmallStringMap); big ones stay dictionaries.
        var pairs = new string[map.Count * 2];
        var count = 0;
        foreach (var (key, value) in map.Entries)
        {
            if (value is not DescriptorScalar scalar)
            {
                log.Error(value, $"metadata.{field}.{key.Value} must be text, not {value.Shape}");
            }
            else if (check(key, scalar) is { } problem)
            {
                log.Error(key, problem);
            }
            else
            {
                (pairs[count], pairs[count + 1]) = (key.Value, scalar.IsNull ? string.Empty : scalar.Value);
                count += 2;
            }
        }

        return count == 0 ? NoStrings
            : count > 32 ? pairs.Chunk(2).Take(count / 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal)
            : new SmallStringMap(count == pairs.Length ? pairs : pairs[..count]);
    }

    private static string[] ReadTags(DescriptorNode? node, ProblemLog log)
    {
        var items = MetadataList.Items(node, "tags", log);
        var tags = new List<string>(items.Count);
        foreach (var item in items)
        {
            var tag = item.AsText();
            if (tag is null || !NameRules.IsValidTag(tag))
            {
                log.Error(item, $"tag '{tag ?? item.Shape}' is invalid: 1-63 lower-case letters, digits, ':', '+' or '#', joined by single '-'");
                continue;
            }

            tags.Add(tag);
        }

        return tags.Count == 0 ? [] : [.. tags];
    }
}
