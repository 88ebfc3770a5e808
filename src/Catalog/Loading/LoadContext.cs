using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Loading;

/// <summary>What one load run shares: options, the problem list, the folders files may be read from, the display base.</summary>
internal sealed class LoadContext(CatalogOptions options, IReadOnlyList<string> allowedFolders, string displayBase)
{
    public CatalogOptions Options { get; } = options;

    public DescriptorLimits Limits { get; } = new(options.MaxDepth, options.MaxNodesPerDocument);

    public List<CatalogProblem> Problems { get; } = [];

    /// <summary>Folders that substituted files (<c>$text</c>, <c>$json</c>, <c>$yaml</c>) must lie in.</summary>
    public IReadOnlyList<string> AllowedFolders { get; } = allowedFolders;

    public ProblemLog LogFor(string fullPath) => new(Display(fullPath), Problems);

    /// <summary>The path as shown to people: relative to the working directory.</summary>
    public string Display(string fullPath) => Path.GetRelativePath(displayBase, fullPath);

    /// <summary>The full path of a path shown to people (see <see cref="Display"/>).</summary>
    public string FullPath(string displayPath) => Path.GetFullPath(displayPath, displayBase);

    public bool IsAllowed(string fullPath) =>
        AllowedFolders.Any(folder => fullPath.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
