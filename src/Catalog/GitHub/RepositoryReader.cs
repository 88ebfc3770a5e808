using Octokit;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Reads one repository at the head of its default branch: its descriptor (and the Locations it names), or, without
/// one, the Component the repository stands for; compares each entity's owner with CODEOWNERS.
/// </summary>
internal sealed class RepositoryReader(GitHubApi api, GitHubOptions options, LoadContext context)
{
    public async Task<IReadOnlyList<Entity>> ReadAsync(Repository repository, CancellationToken cancellationToken)
    {
        var owner = repository.Owner.Login;
        var commit = await api.CommitShaAsync(owner, repository.Name, repository.DefaultBranch, cancellationToken).ConfigureAwait(false);
        var at = new RepositoryCoordinates(owner, repository.Name, repository.DefaultBranch, commit, repository.HtmlUrl);
        var codeOwners = await CodeOwnersAsync(at, cancellationToken).ConfigureAwait(false);
        var descriptor = await api.FileAsync(owner, repository.Name, options.DescriptorPath, commit, cancellationToken).ConfigureAwait(false);
        if (descriptor is null)
        {
            var log = new ProblemLog(at.Display(), context.Problems);
            var component = RepositoryComponent.Build(repository, at, codeOwners, log);
            return component is null ? [] : [EntityEdits.WithAnnotations(component, [new(GitHubAnnotations.SourceCommit, commit)])];
        }

        var reader = new RepositoryDescriptors(api, context, at, cancellationToken);
        await reader.VisitAsync(options.DescriptorPath, descriptor, []).ConfigureAwait(false);
        return [.. reader.Entities.Select(e => OwnerCheck.Compare(e, codeOwners, context.Problems))];
    }

    /// <summary>The root owners of the first CODEOWNERS file found where GitHub looks for one.</summary>
    private async Task<IReadOnlyList<string>> CodeOwnersAsync(RepositoryCoordinates at, CancellationToken cancellationToken)
    {
        foreach (var path in CodeOwners.Locations)
        {
            if (await api.FileAsync(at.Owner, at.Name, path, at.Commit, cancellationToken).ConfigureAwait(false) is { } text)
            {
                return CodeOwners.RootOwners(text);
            }
        }

        return [];
    }
}
