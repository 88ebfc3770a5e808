namespace Wayfinder.Catalog.GitHub;

/// <summary>A text file of a repository as GitHub's GraphQL API gave it.</summary>
/// <param name="Path">The path in the repository.</param>
/// <param name="Text">The text; GitHub cuts very large files (<paramref name="Truncated"/>).</param>
/// <param name="Truncated">True when <paramref name="Text"/> is only the start of the file.</param>
internal sealed record RepositoryFile(string Path, string Text, bool Truncated);
