namespace Wayfinder.Skills.Understanding;

/// <summary>
/// Words that are never a name on their own: articles, pronouns, politeness, question words, and context people add
/// around a name ("in prod", "right now"). A subject window never starts or ends with one.
/// </summary>
internal static class FillerWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "our", "my", "your", "their", "his", "her", "this", "that", "these", "those", "some", "any",
        "please", "pls", "plz", "thanks", "thank", "thx", "ty", "cheers", "bot", "wayfinder",
        "exactly", "currently", "right", "now", "again", "ok", "okay", "so", "um", "uh", "just", "actually", "really",
        "here", "there", "anyone", "someone", "somebody", "anybody", "me", "i", "we", "us", "you", "it", "its", "is",
        "are", "was", "were", "be", "been", "for", "of", "on", "in", "to", "about", "with", "at", "by", "from", "and",
        "or", "do", "does", "did", "what", "who", "whom", "whose", "which", "where", "how", "when", "why", "know",
        "tell", "show", "can", "could", "would", "should", "will", "entire", "whole", "today", "asap", "urgent",
        "prod", "production", "staging", "dev", "env", "environment", "thing", "things", "stuff", 
        "all", "every", "each", "else", "also", "too", "still", "yet", "down", "out", "off", 
        "if", "then", "than", "but", "not", "no", "yes", "has", "have", "had", "get", "got", "need", "want", "like",
        "mean", "called", "named", "owner", "owns", "own", "docs", "runbook", "link", "links", "url",
    };

    /// <summary>True when <paramref name="word"/> is filler.</summary>
    public static bool IsFiller(string word) => Words.Contains(word);

    /// <summary>True when the word carries no name: filler or a kind hint.</summary>
    public static bool IsWeak(string word) => IsFiller(word) || KindHints.IsHint(word);
}
