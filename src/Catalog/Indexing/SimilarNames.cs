using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Indexing;

/// <summary>Entities named within one or two typos of a phrase: the keys <see cref="TypoMatcher"/> finds, then their entities.</summary>
internal static class SimilarNames
{
    /// <summary>Shorter keys have too many neighbours one letter away to call any of them a typo.</summary>
    public const int MinKeyLength = 4;

    /// <summary>Nearest spellings first, then by source (name before title, alias, display name, email), then by ref.</summary>
    public static IReadOnlyList<SimilarName> Find(SnapshotSearcher searcher, string phrase, int limit)
    {
        var key = NameKey.Of(phrase);
        if (key.Length < MinKeyLength || limit <= 0)
        {
            return [];
        }

        var found = new Dictionary<string, SimilarName>(StringComparer.Ordinal);
        foreach (var (typoKey, distance) in TypoMatcher.Find(searcher, key))
        {
            if (distance == 0)
            {
                continue;
            }

            foreach (var match in searcher.Snapshot.FindByAnyName(typoKey))
            {
                var refText = match.Entity.Ref.ToString();
                if (!found.TryGetValue(refText, out var known) || distance < known.Distance
                    || (distance == known.Distance && match.Source < known.Source))
                {
                    found[refText] = new SimilarName(match.Entity, match.Source, distance);
                }
            }
        }

        return found.Values
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Source)
            .ThenBy(s => s.Entity.Ref.ToString(), StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
