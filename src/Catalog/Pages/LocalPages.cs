using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;

namespace Wayfinder.Catalog.Pages;

/// <summary>
/// Documentation pages of local descriptors: an entity annotated <c>backstage.io/techdocs-ref: dir:&lt;folder&gt;</c>
/// (relative to its descriptor file) is documented by that folder's <c>README.md</c> and the <c>*.md</c> files directly
/// in its <c>docs/</c> folder. A file several entities point at is read once and documents all of them.
/// </summary>
internal static class LocalPages
{
    private const string Readme = "README.md";
    private const string DocsFolder = "docs";
    private const string DirPrefix = "dir:";

    /// <summary>
    /// The pages of <paramref name="entities"/>, each docs folder's README first. Missing folders are skipped silently;
    /// a page that cannot be read, or lies outside the catalog's folders, is a warning of the load.
    /// </summary>
    public static async Task<IReadOnlyList<DocPage>> ReadAsync(LoadContext context, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        var files = FilesOf(context, entities);
        var pages = new List<DocPage>(files.Count);
        foreach (var (file, documented) in files)
        {
            var (text, error) = await TextFileReader.ReadAsync(file.FullPath, context.Options.MaxFileBytes, TextFileReader.CatalogLimit, cancellationToken)
                .ConfigureAwait(false);
            if (text is null)
            {
                var log = context.LogFor(file.FullPath);
                log.Warning(log.At(null), $"documentation page not read: {error}");
                continue;
            }

            var location = context.Display(file.FullPath).Replace(Path.DirectorySeparatorChar, '/');
            pages.Add(DocPageReader.Read(new DocPageSource(file.PagePath, text, location, null, null, null, documented)));
        }

        return pages;
    }

    /// <summary>Each page file once, in the order first met, with every entity it documents.</summary>
    private static List<(PageFile File, List<EntityRef> Entities)> FilesOf(LoadContext context, IReadOnlyList<Entity> entities)
    {
        var files = new List<(PageFile File, List<EntityRef> Entities)>();
        var byPath = new Dictionary<string, List<EntityRef>>(StringComparer.Ordinal);

        // Many entities of one descriptor folder often share "dir:." (60 % of the bench's 100,000): list each folder once.
        var byRoot = new Dictionary<string, IReadOnlyList<PageFile>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var file in FilesOf(context, entity, byRoot))
            {
                if (!byPath.TryGetValue(file.FullPath, out var documented))
                {
                    byPath[file.FullPath] = documented = [];
                    files.Add((file, documented));
                }

                if (!documented.Contains(entity.Ref))
                {
                    documented.Add(entity.Ref);
                }
            }
        }

        return files;
    }

    private static IReadOnlyList<PageFile> FilesOf(LoadContext context, Entity entity, Dictionary<string, IReadOnlyList<PageFile>> byRoot)
    {
        if (entity.Annotation(WellKnownAnnotations.TechDocsRef) is not { } techDocs
            || !techDocs.StartsWith(DirPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var descriptor = context.FullPath(entity.Source.Path);
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(descriptor)!, techDocs[DirPrefix.Length..].Trim()));
        if (!context.IsAllowed(root + Path.DirectorySeparatorChar))
        {
            if (Directory.Exists(root))
            {
                context.LogFor(descriptor).Warning(entity.Source, $"techdocs-ref '{techDocs}' points outside the catalog's folders; its pages are not read");
            }

            return [];
        }

        if (!byRoot.TryGetValue(root, out var files))
        {
            byRoot[root] = files = Directory.Exists(root) ? [.. PagesIn(root)] : [];
        }

        return files;
    }

    private static IEnumerable<PageFile> PagesIn(string root)
    {
        if (Directory.EnumerateFiles(root, "*.md").FirstOrDefault(f => string.Equals(Path.GetFileName(f), Readme, StringComparison.OrdinalIgnoreCase)) is { } readme)
        {
            yield return new PageFile(readme, Path.GetFileName(readme));
        }

        var docs = Path.Combine(root, DocsFolder);
        if (!Directory.Exists(docs))
        {
            yield break;
        }

        foreach (var page in Directory.EnumerateFiles(docs, "*.md").Order(StringComparer.Ordinal))
        {
            yield return new PageFile(page, $"{DocsFolder}/{Path.GetFileName(page)}");
        }
    }

    /// <summary>A page file: where it is, and its path within the docs folder (<c>README.md</c>, <c>docs/deploy.md</c>).</summary>
    private sealed record PageFile(string FullPath, string PagePath);
}
