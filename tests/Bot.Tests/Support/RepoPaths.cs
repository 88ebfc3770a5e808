namespace Wayfinder.Bot.Tests.Support;

/// <summary>Finds the repository (the folder holding Bot.sln) and the shared fixtures beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manifests => Path.Combine(Root, "manifests");

    public static string Fixtures
    {
        get
        {
            var fixtures = Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures"));
            return Directory.Exists(fixtures)
                ? fixtures
                : throw new DirectoryNotFoundException($"The shared fixtures are expected at {fixtures} (shared/ beside the repository).");
        }
    }

    public static string BackstageAll => Path.Combine(Fixtures, "backstage-examples", "all.yaml");

    public static string BackstageOrg => Path.Combine(Fixtures, "backstage-examples", "acme-corp.yaml");

    public static string EdgeCases => Path.Combine(Fixtures, "backstage-edge-cases");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}.");
    }
}
