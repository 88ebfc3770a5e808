using Wayfinder.Bench.Generation;

namespace Wayfinder.Bench.Running;

/// <summary>
/// Generated catalogs kept under <c>{out}/catalog-{N}-seed{S}</c> and reused while the generator version matches.
/// A catalog is generated next to its final folder and moved into place only when complete.
/// </summary>
internal sealed class CatalogCache(string outFolder, TextWriter progress)
{
    private const string VersionFile = "generator-version.txt";

    public string Ensure(int entities, int seed, bool regenerate)
    {
        var folder = Path.GetFullPath(Path.Combine(outFolder, $"catalog-{entities}-seed{seed}"));
        var versionPath = Path.Combine(folder, VersionFile);
        if (!regenerate && File.Exists(versionPath) && File.ReadAllText(versionPath).Trim() == CatalogGenerator.Version)
        {
            progress.WriteLine($"Reusing {folder}");
            return folder;
        }

        var staging = folder + ".tmp";
        DeleteIfExists(staging);
        progress.WriteLine($"Generating {entities:N0} entities (seed {seed}) into {folder}");
        var summary = CatalogGenerator.Generate(entities, seed, staging);
        File.WriteAllText(Path.Combine(staging, VersionFile), CatalogGenerator.Version);
        DeleteIfExists(folder);
        Directory.Move(staging, folder);
        var kinds = string.Join(", ", summary.CountsByKind.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}"));
        progress.WriteLine($"  {summary.Entities:N0} entities in {summary.Files} files, {summary.Bytes / 1024.0 / 1024.0:F1} MiB: {kinds}");
        return folder;
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
