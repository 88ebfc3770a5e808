using System.Text.RegularExpressions;

namespace Wayfinder.Skills.Understanding;

/// <summary>Finds the intent and the subject phrase of a cleaned question with <see cref="IntentCues"/>.</summary>
internal static partial class QuestionParser
{
    /// <summary>The first cue set that matches, and its subject phrase; a search when none matches.</summary>
    public static ParsedQuestion Parse(string cleanText)
    {
        var text = Politeness().Replace(Greeting().Replace(cleanText, string.Empty), string.Empty).Trim();
        text = Whom().Replace(QuestionIs().Replace(text, "${word} is"), "who");
        if (text.Length == 0)
        {
            text = cleanText;
        }

        // A cue whose subject is only filler ("what systems are …" read as "what system is <are> in") may be a
        // looser cue matching by accident: keep looking, and fall back to it only when nothing better matches.
        ParsedQuestion? withoutName = null;
        foreach (var cues in IntentCues.All)
        {
            var match = Match(cues, text);
            if (match is not { Success: true })
            {
                continue;
            }

            var parsed = new ParsedQuestion(text, cues, match.Groups["s"].Value.Trim());
            if (!match.Groups["s"].Success || SubjectTokens.Split(parsed.SubjectPhrase).Any(w => !FillerWords.IsFiller(w)))
            {
                return parsed;
            }

            withoutName ??= parsed;
        }

        return withoutName ?? new ParsedQuestion(text, null, text);
    }

    /// <summary>The cue set's match; a pathological text that runs past the match timeout counts as no match.</summary>
    private static Match? Match(CueSet cues, string text)
    {
        try
        {
            return cues.Pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>"hey bot,", "@wayfinder", "quick question:" and the like before the question.</summary>
    [GeneratedRegex(@"^(?:(?:(?:hey|hi|hello|hiya) there|hey|hi|hello|hiya|yo|ok|okay|so|um+|uh+|hmm+|quick question|sorry|excuse me|good morning|morning|@?wayfinder|@?bot|pls|please)\b[\s,:;.!-]*)+(?=\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    /// <summary>"who's", "what's", "whats", "where's": the question word and "is", so cues need one spelling.</summary>
    [GeneratedRegex(@"\b(?<word>who|what|where|how|when|which|that|there|here)(?:'s|s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionIs();

    [GeneratedRegex(@"\bwhom\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Whom();

    /// <summary>"please", "thanks!", "?" and the like after it.</summary>
    [GeneratedRegex(@"(?:[\s,;:.!?]+(?:please|pls|plz|thanks|thank you|thx|ty|cheers|asap|mate|bot|wayfinder|anyone|again)\b)*[\s,;:.!?]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Politeness();
}
