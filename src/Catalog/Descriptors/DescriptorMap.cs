namespace Wayfinder.Catalog.Descriptors;

/// <summary>A mapping with string keys, in the order written. Keys are unique (the reader rejects duplicates).</summary>
public sealed class DescriptorMap : DescriptorNode
{
    // Keys are kept as text with their positions (see DescriptorMapSlot); key nodes are made only for Entries.
    private readonly DescriptorMapSlot[] _slots;

    /// <summary>A map of <paramref name="entries"/> starting at <paramref name="line"/> and <paramref name="column"/>.</summary>
    public DescriptorMap(IReadOnlyList<DescriptorEntry> entries, int line, int column)
        : this(entries.Select(e => DescriptorMapSlot.Of(e.Key, e.Value)).ToArray(), line, column)
    {
    }

    internal DescriptorMap(DescriptorMapSlot[] slots, int line, int column)
        : base(line, column)
    {
        _slots = slots;
    }

    /// <summary>An empty map, for entities without a spec.</summary>
    public static DescriptorMap Empty { get; } = new(Array.Empty<DescriptorMapSlot>(), 0, 0);

    /// <summary>The entries in source order; built on each call, so read it once and keep it rather than index it repeatedly.</summary>
    public IReadOnlyList<DescriptorEntry> Entries => Array.ConvertAll(_slots, s => new DescriptorEntry(s.KeyNode(), s.Value));

    /// <summary>How many entries the map has.</summary>
    public int Count => _slots.Length;

    /// <summary>The value under <paramref name="key"/> (exact, case-sensitive as in Backstage), or <c>null</c>.</summary>
    public DescriptorNode? this[string key]
    {
        get
        {
            foreach (var slot in _slots)
            {
                if (string.Equals(slot.Key, key, StringComparison.Ordinal))
                {
                    return slot.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The text under <paramref name="key"/>, or <c>null</c> when absent, null or not a scalar.</summary>
    public string? Text(string key) => this[key]?.AsText();

    /// <inheritdoc />
    public override string Shape => "map";

    /// <summary>The key text of entry <paramref name="index"/>.</summary>
    internal string KeyAt(int index) => _slots[index].Key;

    /// <summary>The value of entry <paramref name="index"/>.</summary>
    internal DescriptorNode ValueAt(int index) => _slots[index].Value;

    /// <summary>This map with the values replaced, keys and positions kept.</summary>
    internal DescriptorMap WithValues(DescriptorNode[] values)
    {
        var slots = new DescriptorMapSlot[_slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = _slots[i] with { Value = values[i] };
        }

        return new DescriptorMap(slots, Line, Column);
    }
}
