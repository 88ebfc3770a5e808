using Microsoft.Extensions.FileSystemGlobbing;

namespace Wayfinder.Catalog.Loading;

/// <summary>Turns configured paths, folders and glob patterns into ordered lists of descriptor files.</summary>
internal static class PathExpander
{
    private static readonly char[] GlobChars = ['*', '?', '['];

    /// <summary>Every <c>*.yaml</c>/<c>*.yml</c> below <paramref name="folder"/>, minus the excluded patterns, in ordinal order.</summary>
    public static IReadOnlyList<string> DescriptorsIn(string folder, IEnumerable<string> exclude)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude("**/*.yaml");
        matcher.AddInclude("**/*.yml");
        matcher.AddExcludePatterns(exclude);
        return Sorted(matcher.GetResultsInFullPath(folder));
    }

    /// <summary>True when <paramref name="target"/> is a glob pattern rather than one file.</summary>
    public static bool IsGlob(string target) => target.IndexOfAny(GlobChars) >= 0;

    /// <summary>Files matching a glob <paramref name="pattern"/> relative to <paramref name="baseFolder"/> (e.g. <c>../**/catalog-info.yaml</c>).</summary>
    public static IReadOnlyList<string> Glob(string baseFolder, string pattern)
    {
        // Matcher takes patterns below a folder, so the pattern's fixed leading segments become the folder.
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(GlobChars) < 0).Count();
        var folder = Path.GetFullPath(Path.Combine([baseFolder, .. segments[..fixedCount]]));
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[fixedCount..]));
        return Sorted(matcher.GetResultsInFullPath(folder));
    }

    private static List<string> Sorted(IEnumerable<string> paths)
    {
        var list = paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
