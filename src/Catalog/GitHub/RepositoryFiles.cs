namespace Wayfinder.Catalog.GitHub;

/// <summary>What one repository holds for the catalog, read in one go at the head of its default branch.</summary>
/// <param name="Branch">The default branch.</param>
/// <param name="Commit">The commit SHA the branch pointed at.</param>
/// <param name="Descriptor">The descriptor (<see cref="GitHubOptions.DescriptorPath"/>), if there is one.</param>
/// <param name="CodeOwners">The CODEOWNERS file GitHub uses (the first of <see cref="GitHub.CodeOwners.Locations"/>), if any.</param>
/// <param name="Pages">The README and the docs folder's markdown files, README first.</param>
internal sealed record RepositoryFiles(
    string Branch,
    string Commit,
    RepositoryFile? Descriptor,
    RepositoryFile? CodeOwners,
    IReadOnlyList<RepositoryFile> Pages);
