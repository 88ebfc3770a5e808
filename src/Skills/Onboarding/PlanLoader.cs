using Wayfinder.Catalog.Loading;

namespace Wayfinder.Skills.Onboarding;

/// <summary>
/// Loads onboarding plans (<c>manifests/onboarding/*.yaml</c>) from folders, every <c>*.yaml</c>/<c>*.yml</c> below
/// them in path order, and from single files. Bad input never fails the load: an unreadable file or an invalid plan is
/// reported as <c>path:line:column</c> (paths relative to the working directory, as the catalog shows them) and skipped;
/// when two plans share an id, the first in path order wins.
/// </summary>
public static class PlanLoader
{
    /// <summary>Largest plan file read, in bytes: 1 MiB, far above any real plan.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Loads the plans under <paramref name="paths"/>, relative to the current directory.</summary>
    public static Task<PlanSet> LoadAsync(IEnumerable<string> paths, CancellationToken cancellationToken) =>
        LoadAsync(paths, workingDirectory: null, cancellationToken);

    /// <summary>Loads the plans under <paramref name="paths"/>, relative to <paramref name="workingDirectory"/> (default: the current directory).</summary>
    public static async Task<PlanSet> LoadAsync(IEnumerable<string> paths, string? workingDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var run = new PlanLoadRun(workingDirectory ?? Directory.GetCurrentDirectory());
        foreach (var file in run.Files(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Add(file, await TextFileReader.ReadAsync(file, MaxFileBytes, "for onboarding plans", cancellationToken).ConfigureAwait(false));
        }

        return run.Result();
    }
}
