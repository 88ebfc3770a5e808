using System.Collections.Concurrent;
using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Loading;

/// <summary>
/// Loads descriptor files from folders and files, following Location entities depth-first. Files are parsed in
/// parallel; entities are collected in a deterministic order (roots in order, each Location's targets right after it),
/// so "first definition wins" means the same thing on every run.
/// </summary>
internal sealed class CatalogLoader(CatalogOptions options)
{
    public async Task<LoadResult> LoadAsync(IReadOnlyList<string> paths, string workingDirectory, CancellationToken cancellationToken)
    {
        var rootFiles = new List<string>();
        var allowedFolders = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
            {
                allowedFolders.Add(full);
                rootFiles.AddRange(PathExpander.DescriptorsIn(full, options.Exclude));
            }
            else if (File.Exists(full))
            {
                allowedFolders.Add(Path.GetDirectoryName(full)!);
                rootFiles.Add(full);
            }
            else
            {
                missing.Add(full);
            }
        }

        var context = new LoadContext(options, allowedFolders, workingDirectory);
        foreach (var full in missing)
        {
            context.LogFor(full).Error(1, 1, "catalog path not found (no such file or folder)");
        }

        var run = new Run(context, cancellationToken);
        await Parallel.ForEachAsync(rootFiles, cancellationToken, async (file, _) => await run.ParseAsync(file).ConfigureAwait(false))
            .ConfigureAwait(false);
        foreach (var file in rootFiles)
        {
            await run.VisitAsync(file, []).ConfigureAwait(false);
        }

        var pages = await LocalPages.ReadAsync(context, run.Collector.Entities, cancellationToken).ConfigureAwait(false);
        return new LoadResult(run.Collector.Entities, context.Problems, run.FilesRead) { Pages = pages };
    }

    /// <summary>The state of one load: parsed files, visited files, collected entities.</summary>
    private sealed class Run(LoadContext context, CancellationToken cancellationToken)
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<LoadedFile>>> _parsed = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public EntityCollector Collector { get; } = new(context.Problems);

        public int FilesRead => _parsed.Count;

        public Task<LoadedFile> ParseAsync(string file) =>
            _parsed.GetOrAdd(file, f => new Lazy<Task<LoadedFile>>(() => DescriptorFileParser.ParseAsync(context, f, cancellationToken))).Value;

        public async Task VisitAsync(string file, IReadOnlyList<string> chain)
        {
            if (!_visited.Add(file))
            {
                return;
            }

            var loaded = await ParseAsync(file).ConfigureAwait(false);
            foreach (var entity in loaded.Entities)
            {
                lock (context.Problems)
                {
                    Collector.Add(entity);
                }

                if (entity.Ref.Kind == KnownKinds.Location)
                {
                    await FollowAsync(entity, file, [.. chain, file]).ConfigureAwait(false);
                }
            }
        }

        private async Task FollowAsync(Entity location, string file, IReadOnlyList<string> chain)
        {
            var log = context.LogFor(file);
            var folder = Path.GetDirectoryName(file)!;
            foreach (var (target, node) in LocationTargets.Of(location))
            {
                foreach (var targetFile in Resolve(location, folder, target, node, log))
                {
                    if (chain.Contains(targetFile, StringComparer.Ordinal))
                    {
                        var cycle = string.Join(" -> ", chain.SkipWhile(f => f != targetFile).Append(targetFile).Select(context.Display));
                        log.Warning(node, $"location cycle {cycle}; not followed again");
                    }
                    else if (chain.Count >= context.Options.MaxLocationDepth)
                    {
                        log.Error(node, $"locations nest deeper than {context.Options.MaxLocationDepth} levels (Catalog:MaxLocationDepth); '{target}' not followed");
                    }
                    else
                    {
                        await VisitAsync(targetFile, chain).ConfigureAwait(false);
                    }
                }
            }
        }

        private IReadOnlyList<string> Resolve(Entity location, string folder, string target, DescriptorNode node, ProblemLog log)
        {
            if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is not "file" && uri.Scheme.Length > 1)
            {
                log.Warning(node, $"location target '{target}' is remote; only local files are followed");
                return [];
            }

            var relative = uri is { Scheme: "file" } ? uri.LocalPath : target;
            var files = PathExpander.IsGlob(relative)
                ? PathExpander.Glob(folder, relative)
                : File.Exists(Path.Combine(folder, relative)) ? [Path.GetFullPath(Path.Combine(folder, relative))] : [];
            if (files.Count == 0 && !LocationTargets.IsOptional(location))
            {
                log.Error(node, $"location target '{target}' not found (resolved against {context.Display(folder)})");
            }

            return files;
        }
    }
}
