using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Catalog.Validation;

/// <summary>The items of an optional <c>metadata</c> list such as <c>tags</c> or <c>links</c>.</summary>
internal static class MetadataList
{
    /// <summary>The items; none when the field is absent or null, and an error when it is not a list.</summary>
    public static IReadOnlyList<DescriptorNode> Items(DescriptorNode? node, string field, ProblemLog log)
    {
        switch (node)
        {
            case null or DescriptorScalar { IsNull: true }:
                return [];
            case DescriptorList list:
                return list.Items;
            default:
                log.Error(node, $"metadata.{field} must be a list, not {node.Shape}");
                return [];
        }
    }
}
