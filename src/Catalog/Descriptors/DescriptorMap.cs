namespace Wayfinder.Catalog.Descriptors;

/// <summary>A mapping with string keys, in the order written. Keys are unique (the reader rejects duplicates).</summary>
public sealed class DescriptorMap(IReadOnlyList<DescriptorEntry> entries, int line, int column) : DescriptorNode(line, column)
{
    // Kept as an array: looking keys up through the interface allocated an enumerator per lookup.
    private readonly DescriptorEntry[] _entries = entries as DescriptorEntry[] ?? [.. entries];

    /// <summary>An empty map, for entities without a spec.</summary>
    public static DescriptorMap Empty { get; } = new([], 0, 0);

    /// <summary>The entries in source order.</summary>
    public IReadOnlyList<DescriptorEntry> Entries => _entries;

    /// <summary>The value under <paramref name="key"/> (exact, case-sensitive as in Backstage), or <c>null</c>.</summary>
    public DescriptorNode? this[string key]
    {
        get
        {
            foreach (var entry in _entries)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The text under <paramref name="key"/>, or <c>null</c> when absent, null or not a scalar.</summary>
    public string? Text(string key) => this[key]?.AsText();

    /// <inheritdoc />
    public override string Shape => "map";
}
