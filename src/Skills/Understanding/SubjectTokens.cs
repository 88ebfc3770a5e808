namespace Wayfinder.Skills.Understanding;

/// <summary>
/// Splits a subject phrase into words the way names are written: hyphens, underscores, dots, <c>@</c>, <c>:</c> and
/// <c>/</c> stay inside a word (<c>payments-api</c>, <c>jane.doe@example.com</c>, <c>api:petstore</c>); quotes,
/// markdown and possessives (<c>team-c's</c>) are trimmed.
/// </summary>
internal static class SubjectTokens
{
    private static readonly char[] Separators = [' ', ',', ';', '!', '?', '(', ')', '[', ']', '{', '}', '"', '<', '>', '&', '+', '=', '|', '\\'];
    private static readonly char[] Trimmed = ['.', ':', '\'', '`', '*', '_', '~', '#', '-', '/'];

    public static IReadOnlyList<string> Split(string phrase)
    {
        var words = new List<string>();
        foreach (var raw in phrase.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = WithoutPossessive(raw.Trim(Trimmed)).Trim(Trimmed);
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static string WithoutPossessive(string word)
    {
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^2];
        }

        return word.EndsWith("s'", StringComparison.OrdinalIgnoreCase) ? word[..^1] : word;
    }
}
