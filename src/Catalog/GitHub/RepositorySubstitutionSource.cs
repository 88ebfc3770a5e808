using Wayfinder.Catalog.Loading;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Substitution targets of a descriptor on GitHub: files of the same repository at the same commit, read through the
/// contents API (pinned to the commit, so each is asked once and then served from the cache).
/// </summary>
internal sealed class RepositorySubstitutionSource(GitHubApi api, RepositoryCoordinates at, string descriptorPath) : ISubstitutionSource
{
    public async Task<(string? Text, string? Problem)> ReadAsync(string target, CancellationToken cancellationToken)
    {
        if (RepositoryPath.Resolve(descriptorPath, target) is not { } path)
        {
            return (null, $" is not a file path inside {at.Display()}");
        }

        var text = await api.FileAsync(at.Owner, at.Name, path, at.Commit, cancellationToken).ConfigureAwait(false);
        return text is null ? (null, $": not found in {at.Display()} at {at.Commit}") : (text, null);
    }
}
