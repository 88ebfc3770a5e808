namespace Wayfinder.Skills.Understanding;

/// <summary>
/// "the guest user in the development namespace", "guest in namespace development", "the guest in development": a
/// namespace named in words (the last form only for namespaces that exist, so "in production" stays a word).
/// </summary>
internal static class NamespaceHint
{
    /// <summary>The namespace named, and the words without the hint; <c>null</c> and the same words when there is none.</summary>
    public static (string? Namespace, IReadOnlyList<string> Words) Extract(IReadOnlyList<string> words, IReadOnlySet<string> namespaces)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1].Equals("in", StringComparison.OrdinalIgnoreCase) && namespaces.Contains(words[i].ToLowerInvariant())
                && !words[i].Equals("default", StringComparison.OrdinalIgnoreCase))
            {
                return (words[i].ToLowerInvariant(), words.Where((_, j) => j != i && j != i - 1).ToList());
            }
        }


        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Equals("namespace", StringComparison.OrdinalIgnoreCase) && !words[i].Equals("ns", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = i > 0 && !FillerWords.IsFiller(words[i - 1]) ? i - 1 : -1;
            var after = i + 1 < words.Count && !FillerWords.IsFiller(words[i + 1]) ? i + 1 : -1;
            var at = before >= 0 ? before : after;
            if (at >= 0)
            {
                var rest = words.Where((_, j) => j != i && j != at).ToList();
                return (words[at].ToLowerInvariant(), rest);
            }
        }

        return (null, words);
    }
}
