using System.Text.RegularExpressions;

namespace Wayfinder.Skills.Understanding;

/// <summary>
/// Compiles the cue notation of <see cref="IntentCues"/> into one regular expression per cue set. In a cue, a space
/// means "one or more spaces" (<c> ?</c> an optional space, as in <c>on ?-?call</c>), <c>{X}</c> is the subject, <c>(a|b)</c> alternatives and <c>(a )?</c> optional words
/// (keep the space inside the group). A cue starting with <c>^</c> must be the whole question. A leading subject is
/// the shortest that fits, so a cue after it must not start with a word that belongs to names ("{X} API docs" would
/// take "payments" out of "payments API docs"; write "{X} docs").
/// </summary>
internal static class CuePattern
{
    /// <summary>After a trailing cue: nothing but punctuation, or a follow-up such as ", what do I do?".</summary>
    private const string TrailingCueEnd = @"(?:\W+(?:what|how|who|help|any|anyone|anybody|pls|please|halp|urgent|asap|now|again|today)\b.*)?\W*$";

    private const string Subject = "(?<s>.+?)";

    /// <summary>
    /// One expression matching any of <paramref name="cues"/>; the subject (if any) is group <c>s</c>. Interpreted, not
    /// compiled: compiling the cue sets cost about 40 MB of memory for some 30 µs a question.
    /// </summary>
    public static Regex Compile(IEnumerable<string> cues) =>
        new(string.Join('|', cues.Select(c => $"(?:{Translate(c)})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            TimeSpan.FromSeconds(1));

    private static string Translate(string cue)
    {
        if (cue.StartsWith('^'))
        {
            return "^" + Words(cue[1..]) + @"\W*$";
        }

        var subjectFirst = cue.StartsWith("{X}", StringComparison.Ordinal);
        var body = Words(cue).Replace("{X}", Subject, StringComparison.Ordinal);
        var subjectLast = cue.EndsWith("{X}", StringComparison.Ordinal);
        if (subjectLast)
        {
            // The subject runs to the end of the question; what follows it is trimmed by the resolver.
            body = string.Concat(body.AsSpan(0, body.Length - Subject.Length), "(?<s>.+)$");
        }

        var start = subjectFirst ? "^" : @"(?<![\w'-])";
        var end = subjectLast ? string.Empty : subjectFirst ? TrailingCueEnd : @"(?![\w-])";
        return start + body + end;
    }

    /// <summary>"a b" → one or more spaces; "a ?b" (an optional space) → zero or more.</summary>
    private static string Words(string cue) =>
        cue.Replace(" ?", @"\s*", StringComparison.Ordinal).Replace(" ", @"\s+", StringComparison.Ordinal);
}
