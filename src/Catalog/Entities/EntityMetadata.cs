namespace Wayfinder.Catalog.Entities;

/// <summary>The <c>metadata</c> block of a descriptor, validated.</summary>
public sealed record EntityMetadata
{
    /// <summary>The name as written (case kept for display).</summary>
    public required string Name { get; init; }

    /// <summary>The namespace as written, <c>default</c> when absent.</summary>
    public required string Namespace { get; init; }

    /// <summary>Display title, never used in references.</summary>
    public string? Title { get; init; }

    /// <summary>Free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>Labels, keys as written.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = EmptyMap;

    /// <summary>Annotations, keys as written, values verbatim.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = EmptyMap;

    /// <summary>Tags, lower-case by rule.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Links in the order written.</summary>
    public IReadOnlyList<EntityLink> Links { get; init; } = [];

    private static readonly IReadOnlyDictionary<string, string> EmptyMap = new Dictionary<string, string>();
}
