using Octokit;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Pages;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Turns one repository's files (read at the head of its default branch) into entities and pages: its descriptor
/// (and the Locations it names), or, without one, the Component the repository stands for; each entity's owner is
/// compared with CODEOWNERS; the README and docs pages document the repository's entities.
/// </summary>
internal sealed class RepositoryReader(GitHubApi api, GitHubOptions options, LoadContext context)
{
    /// <summary>Kinds a README or docs page does not document: they describe the catalog, not the repository's software.</summary>
    private static readonly HashSet<string> Undocumented = [KnownKinds.Location, KnownKinds.Group, KnownKinds.User];

    public async Task<RepositoryRead> ReadAsync(Repository repository, RepositoryFiles files, CancellationToken cancellationToken)
    {
        var at = new RepositoryCoordinates(repository.Owner.Login, repository.Name, files.Branch, files.Commit, repository.HtmlUrl);
        var codeOwners = files.CodeOwners is { } file ? CodeOwners.RootOwners(file.Text) : [];
        var entities = await EntitiesAsync(repository, files, at, codeOwners, cancellationToken).ConfigureAwait(false);
        var documented = entities.Where(e => !Undocumented.Contains(e.Ref.Kind)).Select(e => e.Ref).ToList();
        var pages = files.Pages.Select(p => DocPageReader.Read(new DocPageSource(
            p.Path, p.Text, at.Display(p.Path), at.ViewUrl(p.Path), at.EditUrl(p.Path), at.Commit, documented))).ToList();
        return new RepositoryRead(entities, pages);
    }

    private async Task<IReadOnlyList<Entity>> EntitiesAsync(
        Repository repository, RepositoryFiles files, RepositoryCoordinates at, IReadOnlyList<string> codeOwners, CancellationToken cancellationToken)
    {
        if (files.Descriptor is null)
        {
            var log = new ProblemLog(at.Display(), context.Problems);
            var component = RepositoryComponent.Build(repository, at, codeOwners, log);
            return component is null ? [] : [EntityEdits.WithAnnotations(component, [new(GitHubAnnotations.SourceCommit, at.Commit)])];
        }

        // GraphQL cuts very large files; the REST API gives the whole file (and caches it: it is pinned to the commit).
        var text = files.Descriptor.Truncated
            ? await api.FileAsync(at.Owner, at.Name, files.Descriptor.Path, at.Commit, cancellationToken).ConfigureAwait(false) ?? files.Descriptor.Text
            : files.Descriptor.Text;
        var reader = new RepositoryDescriptors(api, context, at, cancellationToken);
        await reader.VisitAsync(options.DescriptorPath, text, []).ConfigureAwait(false);
        return [.. reader.Entities.Select(e => OwnerCheck.Compare(e, codeOwners, context.Problems))];
    }
}
