using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Reads a repository's descriptor with the same parser and validation as local files, following Location targets
/// with relative paths inside the same repository (through the contents API), and <c>$text</c>/<c>$json</c>/<c>$yaml</c>
/// targets from the same repository and commit. Remote URLs and globs are not followed.
/// </summary>
internal sealed class RepositoryDescriptors(GitHubApi api, LoadContext context, RepositoryCoordinates at, CancellationToken cancellationToken)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    public List<Entity> Entities { get; } = [];

    public async Task VisitAsync(string path, string text, IReadOnlyList<string> chain)
    {
        if (!_visited.Add(path))
        {
            return;
        }

        var log = new ProblemLog(at.Display(path), context.Problems);
        var substitutions = new SubstitutionResolver(context, new RepositorySubstitutionSource(api, at, path), log);
        var parsed = await DescriptorFileParser.ParseTextAsync(context, text.AsMemory(), log, substitutions, cancellationToken).ConfigureAwait(false);
        foreach (var entity in parsed)
        {
            Entities.Add(EntityEdits.WithAnnotations(entity, SourceAnnotations(path)));
            if (entity.Ref.Kind == KnownKinds.Location)
            {
                await FollowAsync(entity, path, log, [.. chain, path]).ConfigureAwait(false);
            }
        }
    }

    private async Task FollowAsync(Entity location, string path, ProblemLog log, IReadOnlyList<string> chain)
    {
        foreach (var (target, node) in LocationTargets.Of(location))
        {
            if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is not "file" && uri.Scheme.Length > 1)
            {
                log.Warning(node, $"location target '{target}' is remote; only files of the same repository are followed");
                continue;
            }

            var targetPath = RepositoryPath.Resolve(path, target);
            if (targetPath is null || PathExpander.IsGlob(target))
            {
                log.Error(node, $"location target '{target}' is not a file path inside {at.Display()}");
            }
            else if (chain.Contains(targetPath, StringComparer.Ordinal))
            {
                log.Warning(node, $"location cycle through {at.Display(targetPath)}; not followed again");
            }
            else if (chain.Count >= context.Options.MaxLocationDepth)
            {
                log.Error(node, $"locations nest deeper than {context.Options.MaxLocationDepth} levels (Catalog:MaxLocationDepth); '{target}' not followed");
            }
            else if (await api.FileAsync(at.Owner, at.Name, targetPath, at.Commit, cancellationToken).ConfigureAwait(false) is { } text)
            {
                await VisitAsync(targetPath, text, chain).ConfigureAwait(false);
            }
            else if (!LocationTargets.IsOptional(location))
            {
                log.Error(node, $"location target '{target}' not found in {at.Display()} at {at.Commit}");
            }
        }
    }

    private Dictionary<string, string> SourceAnnotations(string path) => new()
    {
        [GitHubAnnotations.EditUrl] = at.EditUrl(path),
        [GitHubAnnotations.ViewUrl] = at.ViewUrl(path),
        [GitHubAnnotations.SourceCommit] = at.Commit,
        [WellKnownAnnotations.GitHubProjectSlug] = at.Slug,
        [WellKnownAnnotations.SourceLocation] = $"url:{at.HtmlUrl}/tree/{at.Branch}/",
    };
}
