namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// Shares one instance of each short string read from a file: keys such as <c>owner</c> and values such as
/// <c>production</c> or <c>Runbook</c> repeat in every entity, and a catalog keeps them for its whole life.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer strings are rarely repeated and are kept as they are.</summary>
    private const int MaxPooledLength = 64;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool()
    {
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(string value)
    {
        if (value.Length > MaxPooledLength)
        {
            return value;
        }

        if (_strings.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        _strings.Add(value, value);
        return value;
    }

    /// <summary>How many strings the pool holds.</summary>
    public int Count => _strings.Count;

    /// <summary>Forgets every string but keeps the room, so the next file's pool does not grow again from nothing.</summary>
    public void Clear() => _strings.Clear();

    /// <summary>The pooled string with these characters; a repeated value costs no allocation at all.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.Length > MaxPooledLength)
        {
            return value.ToString();
        }

        if (_bySpan.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var created = value.ToString();
        _strings.Add(created, created);
        return created;
    }
}
