namespace Wayfinder.Skills.Answers;

/// <summary>A descriptor file and 1-based line a fact came from, so people can fix wrong data where it lives.</summary>
/// <param name="Path">The file, relative to the catalog folder it was loaded from.</param>
/// <param name="Line">The line of the fact (or of its entity's document when the fact has no line of its own).</param>
public sealed record AnswerSource(string Path, int Line);
