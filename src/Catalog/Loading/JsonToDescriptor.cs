using System.Text.Json;
using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Catalog.Loading;

/// <summary>Converts a parsed <c>$json</c> file to descriptor nodes, all placed at the substitution's position.</summary>
internal static class JsonToDescriptor
{
    public static DescriptorNode Convert(JsonElement element, int line, int column) => element.ValueKind switch
    {
        JsonValueKind.Object => new DescriptorMap(
            [.. element.EnumerateObject().DistinctBy(p => p.Name).Select(p => new DescriptorEntry(
                new DescriptorScalar(p.Name, isPlain: false, line, column), Convert(p.Value, line, column)))],
            line, column),
        JsonValueKind.Array => new DescriptorList([.. element.EnumerateArray().Select(e => Convert(e, line, column))], line, column),
        JsonValueKind.String => new DescriptorScalar(element.GetString()!, isPlain: false, line, column),
        JsonValueKind.Null => new DescriptorScalar("null", isPlain: true, line, column),
        _ => new DescriptorScalar(element.GetRawText(), isPlain: true, line, column),
    };
}
