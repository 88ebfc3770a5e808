using Wayfinder.Catalog.Querying;

namespace Wayfinder.Skills.Understanding;

/// <summary>
/// Finds the longest run of words that exactly names something (name, title, alias, display name or email, spelled
/// any way: see <see cref="NameKey"/>), leftmost first. This is how "hey bot, who owns the artist lookup service
/// please" finds <c>artist-lookup</c>: dictionary lookups only, no index search.
/// </summary>
internal static class SubjectWindows
{
    /// <summary>Longest name considered, in words.</summary>
    private const int MaxWords = 6;

    public static WindowMatch? Longest(CatalogSnapshot snapshot, IReadOnlyList<string> words)
    {
        for (var length = Math.Min(words.Count, MaxWords); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var whole = length == words.Count;
                if (!whole && length == 1 && FillerWords.IsWeak(words[start]))
                {
                    continue;
                }

                var matches = Lookup(snapshot, string.Join(' ', words.Skip(start).Take(length)));
                if (matches.Count > 0)
                {
                    return new WindowMatch(start, length, matches);
                }
            }
        }

        return null;
    }

    /// <summary>Exact matches of <paramref name="text"/>, trying the singular when it ends in a plural "s".</summary>
    public static IReadOnlyList<NameMatch> Lookup(CatalogSnapshot snapshot, string text)
    {
        var matches = snapshot.FindByAnyName(text);
        if (matches.Count == 0 && text.Length > 4 && text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal))
        {
            matches = snapshot.FindByAnyName(text[..^1]);
        }

        return matches;
    }
}
