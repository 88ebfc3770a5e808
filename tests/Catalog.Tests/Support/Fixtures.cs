namespace Wayfinder.Catalog.Tests.Support;

/// <summary>
/// The shared fixture catalog: <c>shared/fixtures</c> next to the repository folder that holds <c>Bot.sln</c>
/// (CI clones the repository as <c>main/</c> with <c>shared/</c> beside it). Missing fixtures fail the test with a
/// message saying where they were looked for; they never skip it.
/// </summary>
internal static class Fixtures
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The absolute path of <c>shared/fixtures</c>.</summary>
    public static string Root => RootFolder.Value;

    /// <summary><c>backstage-examples/</c>: the Backstage example catalog.</summary>
    public static string Examples => Path.Combine(Root, "backstage-examples");

    /// <summary><c>backstage-edge-cases/</c>: files no Location reaches.</summary>
    public static string EdgeCases => Path.Combine(Root, "backstage-edge-cases");

    /// <summary>The absolute path of a file under <c>backstage-examples/</c>.</summary>
    public static string Example(string relativePath) => Path.Combine(Examples, relativePath);

    /// <summary>The absolute path of a file under <c>backstage-edge-cases/</c>.</summary>
    public static string EdgeCase(string relativePath) => Path.Combine(EdgeCases, relativePath);

    private static string FindRoot()
    {
        var start = AppContext.BaseDirectory;
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                continue;
            }

            var fixtures = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "fixtures"));
            return Directory.Exists(Path.Combine(fixtures, "backstage-examples"))
                ? fixtures
                : throw new InvalidOperationException(
                    $"The shared fixtures are missing: expected {fixtures}/backstage-examples next to the repository " +
                    $"folder {folder.FullName} (clone the repository as main/ with shared/ beside it).");
        }

        throw new InvalidOperationException(
            $"Cannot find the shared fixtures: no folder holding Bot.sln above {start}, so ../shared/fixtures cannot be located.");
    }
}
