using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Wayfinder.Catalog.Entities;

/// <summary>
/// A read-only string map kept as one array of keys and values, looked up by scanning: for labels and annotations,
/// which have a handful of entries each. A dictionary per entity took 26 MB at 100,000 entities; this takes a third.
/// </summary>
internal sealed class SmallStringMap : IReadOnlyDictionary<string, string>
{
    // Keys at even indexes, each followed by its value; keys are unique (the reader rejects duplicates).
    private readonly string[] _pairs;

    /// <param name="pairs">Keys at even indexes, each followed by its value; keys unique (ordinal).</param>
    public SmallStringMap(string[] pairs)
    {
        _pairs = pairs;
    }

    public int Count => _pairs.Length / 2;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no key '{key}'");

    public IEnumerable<string> Keys => Enumerable.Range(0, Count).Select(i => _pairs[2 * i]);

    public IEnumerable<string> Values => Enumerable.Range(0, Count).Select(i => _pairs[(2 * i) + 1]);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _pairs[index + 1] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            yield return new KeyValuePair<string, string>(_pairs[i], _pairs[i + 1]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            if (string.Equals(_pairs[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
