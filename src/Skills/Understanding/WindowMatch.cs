using Wayfinder.Catalog.Querying;

namespace Wayfinder.Skills.Understanding;

/// <summary>Words <c>[Start, Start + Length)</c> of a phrase that exactly name <see cref="Matches"/>.</summary>
internal sealed record WindowMatch(int Start, int Length, IReadOnlyList<NameMatch> Matches)
{
    public int End => Start + Length;

    /// <summary>
    /// Words joined to the window: the run of words next to it up to the nearest filler, minus kind hints.
    /// "payments service in eu-west" has none (payments is named); "payments reconciler" has "reconciler", so unless
    /// the entity itself mentions that word, the person named something else.
    /// </summary>
    public IReadOnlyList<string> JoinedWords(IReadOnlyList<string> words)
    {
        var joined = new List<string>();
        for (var i = Start - 1; i >= 0 && !FillerWords.IsFiller(words[i]); i--)
        {
            joined.Add(words[i]);
        }

        for (var i = End; i < words.Count && !FillerWords.IsFiller(words[i]); i++)
        {
            joined.Add(words[i]);
        }

        return joined.Where(w => !KindHints.IsHint(w)).ToList();
    }

    /// <summary>Kinds hinted by words outside the window ("the petstore API" → api).</summary>
    public IReadOnlySet<string> HintedKinds(IReadOnlyList<string> words) =>
        KindHints.In(words.Where((_, i) => i < Start || i >= End));
}
