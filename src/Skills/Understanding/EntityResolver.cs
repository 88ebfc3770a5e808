using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Skills.Understanding;

/// <summary>
/// Resolves a subject phrase to an entity: a ref as written (<c>api:petstore</c>), else the longest exact name in the
/// phrase (<see cref="SubjectWindows"/>), else the nearest spelling within one or two typos
/// (<see cref="ICatalog.FindSimilarNames"/>), else "not found" with up to three "did you mean" entities from search.
/// Ties go to <see cref="CandidateChooser"/>.
/// </summary>
internal sealed class EntityResolver(ICatalog catalog)
{
    private const int DidYouMean = 3;
    private const int MinTypoWordLength = 5;

    /// <summary>
    /// Resolves <paramref name="phrase"/>. With <paramref name="withinQuestion"/> the phrase is a whole question, so
    /// a name may sit among any other words; otherwise words joined to the name make it a different name.
    /// </summary>
    public Resolution Resolve(CatalogSnapshot snapshot, string phrase, IReadOnlyCollection<string> expectedKinds, bool withinQuestion = false)
    {
        var (inNamespace, words) = NamespaceHint.Extract(SubjectTokens.Split(phrase), snapshot.Namespaces);
        var significant = words.Where(w => !FillerWords.IsWeak(w)).ToList();
        if (words.Count == 0)
        {
            return Resolution.NoPhrase(phrase);
        }

        if (ByRef(snapshot, words, phrase, inNamespace, expectedKinds) is { } byRef)
        {
            return byRef;
        }

        if (ByEmail(snapshot, words, phrase) is { } byEmail)
        {
            return byEmail;
        }

        var window = SubjectWindows.Longest(snapshot, words);
        if (window is not null)
        {
            var joined = withinQuestion ? [] : window.JoinedWords(words);
            var matches = joined.Count == 0 ? window.Matches : window.Matches.Where(m => Mentions(m.Entity, joined)).ToList();
            if (matches.Count > 0)
            {
                return CandidateChooser.Choose(phrase, inNamespace, matches, window.HintedKinds(words), expectedKinds);
            }
        }

        if (significant.Count == 0)
        {
            return Resolution.NoPhrase(phrase);
        }

        if (ByTypo(snapshot, words, significant, window, expectedKinds, phrase, inNamespace) is { } byTypo)
        {
            return byTypo;
        }

        var didYouMean = window?.Matches.Select(m => m.Entity).DistinctBy(e => e.Ref).Take(DidYouMean).ToList()
            ?? catalog.Search(string.Join(' ', significant), DidYouMean).Hits.Select(h => h.Entity).ToList();
        return Resolution.NotFound(phrase, didYouMean);
    }

    /// <summary>A word written as a ref (<c>component:artist-lookup</c>, <c>development/guest</c>).</summary>
    private static Resolution? ByRef(CatalogSnapshot snapshot, IReadOnlyList<string> words, string phrase, string? inNamespace, IReadOnlyCollection<string> expectedKinds)
    {
        foreach (var word in words)
        {
            if ((word.Contains(':', StringComparison.Ordinal) || word.Contains('/', StringComparison.Ordinal)) && !word.Contains("//", StringComparison.Ordinal))
            {
                var found = snapshot.FindByName(word);
                if (found.Count > 0)
                {
                    return CandidateChooser.Choose(phrase, inNamespace, found.Select(e => new NameMatch(e, NameMatchSource.Name)).ToList(), new HashSet<string>(), expectedKinds);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A word that is someone's email, matched exactly: name keys ignore punctuation, so <c>kenneth.ali@…</c> and
    /// <c>kenneth.a.li@…</c> would otherwise tie.
    /// </summary>
    private static Resolution? ByEmail(CatalogSnapshot snapshot, IReadOnlyList<string> words, string phrase)
    {
        foreach (var word in words.Where(w => w.Contains('@', StringComparison.Ordinal)))
        {
            var owners = snapshot.FindByAnyName(word).Select(m => m.Entity)
                .Where(e => string.Equals(e.Profile.Email, word, StringComparison.OrdinalIgnoreCase))
                .DistinctBy(e => e.Ref)
                .ToList();
            if (owners.Count == 1)
            {
                return new Resolution(ResolutionKind.Found, phrase, owners[0], []);
            }
        }

        return null;
    }

    /// <summary>The significant words together, then each long word alone, within one or two typos.</summary>
    private Resolution? ByTypo(
        CatalogSnapshot snapshot, IReadOnlyList<string> words, List<string> significant, WindowMatch? exact, IReadOnlyCollection<string> expectedKinds, string phrase, string? inNamespace)
    {
        var named = string.Join(' ', words.Where(w => !FillerWords.IsFiller(w)));
        // The name words alone first (the usual case, one index search); with the kind words kept ("shoper app" for
        // shopper-app) only when that finds nothing.
        var attempts = new List<string> { string.Join(' ', significant), named };
        if (significant.Count > 1)
        {
            attempts.AddRange(significant.Where((w, i) => w.Length >= MinTypoWordLength && !InWindow(exact, words, w)).Take(3));
        }

        foreach (var attempt in attempts.Distinct(StringComparer.Ordinal))
        {
            var similar = catalog.FindSimilarNames(attempt, 10)
                .Select(s => (Match: snapshot.Get(s.Entity.Ref) is { } e ? new NameMatch(e, s.Source) : null, s.Distance))
                .Where(s => s.Match is not null)
                .ToList();
            if (similar.Count > 0)
            {
                var nearest = similar.Min(s => s.Distance);
                var matches = similar.Where(s => s.Distance == nearest).Select(s => s.Match!).ToList();
                return CandidateChooser.Choose(phrase, inNamespace, matches, KindHints.In(words), expectedKinds, nearest);
            }
        }

        return null;
    }

    /// <summary>True when the entity's own words (title, description, tags, aliases, type) include every one of <paramref name="words"/>: "the Kafka event bus".</summary>
    private static bool Mentions(Entity entity, IReadOnlyList<string> words)
    {
        var own = string.Join(' ', new[] { entity.Metadata.Title, entity.Metadata.Description, entity.Type, entity.Profile.DisplayName }
            .Concat(entity.Metadata.Tags).Concat(entity.Aliases).OfType<string>());
        return words.All(w => own.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static bool InWindow(WindowMatch? window, IReadOnlyList<string> words, string word) =>
        window is not null && words.Skip(window.Start).Take(window.Length).Contains(word, StringComparer.Ordinal);
}
