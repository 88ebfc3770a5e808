namespace Wayfinder.Skills.Answers;

/// <summary>A descriptor file and 1-based line a fact came from, so people can fix wrong data where it lives.</summary>
/// <param name="Path">The file, relative to the catalog folder it was loaded from (<c>github.com/org/repo/path</c> for GitHub).</param>
/// <param name="Line">The line of the fact (or of its entity's document when the fact has no line of its own).</param>
/// <param name="EditUrl">Where to edit the file (GitHub's "edit this file" page), or <c>null</c> for local files.</param>
/// <param name="Commit">The commit the file was read at, or <c>null</c> for local files.</param>
public sealed record AnswerSource(string Path, int Line, string? EditUrl = null, string? Commit = null);
