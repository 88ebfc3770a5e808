namespace Wayfinder.Catalog.Descriptors;

/// <summary>Bounds that keep hostile YAML (alias bombs, deep nesting) from costing unbounded time or memory.</summary>
/// <param name="MaxDepth">Deepest nesting of maps and lists in one document.</param>
/// <param name="MaxNodes">Most nodes one document may hold once aliases are expanded.</param>
public sealed record DescriptorLimits(int MaxDepth, long MaxNodes)
{
    /// <summary>64 levels and 1,000,000 expanded nodes: far above any real descriptor.</summary>
    public static DescriptorLimits Default { get; } = new(64, 1_000_000);
}
