namespace Wayfinder.Catalog.Descriptors;

/// <summary>A sequence, in the order written.</summary>
public sealed class DescriptorList(IReadOnlyList<DescriptorNode> items, int line, int column) : DescriptorNode(line, column)
{
    /// <summary>The items in source order.</summary>
    public IReadOnlyList<DescriptorNode> Items { get; } = items;

    /// <inheritdoc />
    public override string Shape => "list";
}
