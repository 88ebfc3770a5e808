using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.GitHub;

/// <summary>Copies of an entity with annotations added or a spec field taken out; entities themselves are immutable.</summary>
internal static class EntityEdits
{
    /// <summary>Adds the annotations the entity does not set itself (what the descriptor says wins).</summary>
    public static Entity WithAnnotations(Entity entity, IEnumerable<KeyValuePair<string, string>> annotations)
    {
        var merged = new Dictionary<string, string>(entity.Metadata.Annotations, StringComparer.Ordinal);
        foreach (var (key, value) in annotations)
        {
            merged.TryAdd(key, value);
        }

        return Copy(entity, entity.Metadata with { Annotations = merged }, entity.Spec);
    }

    public static Entity WithoutSpecField(Entity entity, string key)
    {
        var spec = new DescriptorMap([.. entity.Spec.Entries.Where(e => e.Key.Value != key)], entity.Spec.Line, entity.Spec.Column);
        return Copy(entity, entity.Metadata, spec);
    }

    private static Entity Copy(Entity entity, EntityMetadata metadata, DescriptorMap spec) => new()
    {
        Ref = entity.Ref,
        Kind = entity.Kind,
        ApiVersion = entity.ApiVersion,
        Metadata = metadata,
        Spec = spec,
        Source = entity.Source,
    };
}
