namespace Wayfinder.Skills.Understanding;

/// <summary>What a question asks for, before the subject is resolved.</summary>
/// <param name="Text">The cleaned question.</param>
/// <param name="Cues">The cue set that matched, or <c>null</c> when none did (a search).</param>
/// <param name="SubjectPhrase">The words naming the subject, as typed; empty when the cue has none.</param>
internal sealed record ParsedQuestion(string Text, CueSet? Cues, string SubjectPhrase)
{
    /// <summary>The intent before the subject's kind is known.</summary>
    public string Intent => Cues?.Intent ?? Answers.Intents.Search;
}
