using System.Diagnostics.CodeAnalysis;
using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Relations;

/// <summary>Reads an entity reference from a spec node: a string, or the legacy <c>{kind, namespace, name}</c> map.</summary>
internal static class RefReader
{
    public static bool TryRead(
        DescriptorNode node,
        string? defaultKind,
        string defaultNamespace,
        out EntityRef result,
        [NotNullWhen(false)] out string? error)
    {
        switch (node)
        {
            case DescriptorScalar { IsNull: false } scalar:
                return EntityRef.TryParse(scalar.Value, defaultKind, defaultNamespace, out result, out error);
            case DescriptorMap map when map.Text("name") is { } name:
                var kind = map.Text("kind") ?? defaultKind;
                var ns = map.Text("namespace") ?? defaultNamespace;
                if (kind is null)
                {
                    result = default;
                    error = $"entity reference '{name}' needs a kind";
                    return false;
                }

                return EntityRef.TryParse($"{kind}:{ns}/{name}", null, defaultNamespace, out result, out error);
            default:
                result = default;
                error = $"expected an entity reference, not {node.Shape}";
                return false;
        }
    }
}
