using Lucene.Net.Index;
using Lucene.Net.Search;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Indexing;

/// <summary>
/// Finds the name keys within one or two typos of a search's key. Candidates come from the key trigrams (each typo
/// spoils at most four of the search's trigrams: three for a letter added, dropped or changed, four for two letters
/// swapped), then each candidate's keys are checked with the exact edit distance. Far cheaper than Lucene's FuzzyQuery, which builds large automata for every search.
/// </summary>
internal static class TypoMatcher
{
    private const int Candidates = 64;
    private const int GramsSpoiledPerTypo = KeyGramAnalyzer.GramSize + 1;

    /// <summary>Distinct keys within <see cref="MaxEdits"/> of <paramref name="key"/>, with their distance.</summary>
    public static IEnumerable<(string Key, int Distance)> Find(SnapshotSearcher searcher, string key)
    {
        var maxEdits = MaxEdits(key);
        var grams = Grams(key);
        var query = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(1, grams.Count - (GramsSpoiledPerTypo * maxEdits)) };
        foreach (var gram in grams)
        {
            query.Add(new TermQuery(new Term(IndexFields.KeyGrams, gram)), Occur.SHOULD);
        }

        var collector = TopScoreDocCollector.Create(Candidates, docsScoredInOrder: true);
        searcher.Search(query, collector);
        var matches = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (entity, _) in searcher.EntitiesOf(collector.GetTopDocs().ScoreDocs))
        {
            foreach (var candidate in KeysOf(entity))
            {
                var distance = EditDistance.Bounded(key, candidate, maxEdits);
                if (distance <= maxEdits && (!matches.TryGetValue(candidate, out var known) || distance < known))
                {
                    matches[candidate] = distance;
                }
            }
        }

        return matches.Select(m => (m.Key, m.Value));
    }

    /// <summary>One typo for keys up to 7 characters, two for longer ones.</summary>
    public static int MaxEdits(string key) => key.Length >= 8 ? 2 : 1;

    /// <summary>The text indexed for typo matching: each key with its ends marked, one per line.</summary>
    public static string GramText(IEnumerable<string> keys) => string.Join('\n', keys.Select(k => $"^{k}$"));

    /// <summary>Every key an entity is indexed under (see <see cref="EntityDocumentBuilder"/>).</summary>
    public static IEnumerable<string> KeysOf(Entity entity) =>
        new[] { entity.Metadata.Name, entity.Metadata.Title, entity.Profile.DisplayName, entity.Profile.Email }
            .Concat(entity.Aliases)
            .OfType<string>()
            .Select(NameKey.Of)
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static HashSet<string> Grams(string key)
    {
        var marked = $"^{key}$";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + KeyGramAnalyzer.GramSize <= marked.Length; i++)
        {
            grams.Add(marked.Substring(i, KeyGramAnalyzer.GramSize));
        }

        return grams;
    }
}
