using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>Compares descriptor documents node by node: shape, text, quoting, line and column.</summary>
internal static class DescriptorTrees
{
    /// <summary>The first difference between two readings, or <c>null</c> when they are the same.</summary>
    public static string? Difference(IReadOnlyList<DescriptorDocument> expected, IReadOnlyList<DescriptorDocument> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"{expected.Count} documents expected, {actual.Count} read";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            if (e.Error is not null || e.HasSubstitutions != a.HasSubstitutions)
            {
                return $"document {i}: error {e.Error}, substitutions {e.HasSubstitutions} vs {a.HasSubstitutions}";
            }

            if (Difference(e.Root!, a.Root!) is { } difference)
            {
                return $"document {i}: {difference}";
            }
        }

        return null;
    }

    private static string? Difference(DescriptorNode expected, DescriptorNode actual)
    {
        var where = $"node at {expected.Line}:{expected.Column}";
        if (expected.GetType() != actual.GetType() || expected.Line != actual.Line || expected.Column != actual.Column)
        {
            return $"{where}: {expected.Shape} expected, {actual.Shape} at {actual.Line}:{actual.Column} read";
        }

        return (expected, actual) switch
        {
            (DescriptorScalar e, DescriptorScalar a) => e.Value == a.Value && e.IsPlain == a.IsPlain
                ? null
                : $"{where}: '{e.Value}' (plain {e.IsPlain}) expected, '{a.Value}' (plain {a.IsPlain}) read",
            (DescriptorMap e, DescriptorMap a) => Differences(where,
                e.Entries.SelectMany(x => new[] { x.Key, x.Value }).ToList(),
                a.Entries.SelectMany(x => new[] { x.Key, x.Value }).ToList()),
            (DescriptorList e, DescriptorList a) => Differences(where, e.Items, a.Items),
            _ => null,
        };
    }

    private static string? Differences(string where, IReadOnlyList<DescriptorNode> expected, IReadOnlyList<DescriptorNode> actual) =>
        expected.Count != actual.Count
            ? $"{where}: {expected.Count} children expected, {actual.Count} read"
            : expected.Zip(actual).Select(p => Difference(p.First, p.Second)).FirstOrDefault(d => d is not null);
}
