using System.ComponentModel.DataAnnotations;

namespace Wayfinder.Catalog;

/// <summary>Where the catalog comes from and the bounds its loader works within. Section <c>Catalog</c>.</summary>
public sealed class CatalogOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Catalog";

    /// <summary>
    /// Folders (every <c>*.yaml</c>/<c>*.yml</c> below them) and files (e.g. a Location such as <c>all.yaml</c>) to load,
    /// relative to the working directory. Default: <c>manifests</c>.
    /// </summary>
    public List<string> Paths { get; set; } = [];

    /// <summary>Glob patterns, relative to each folder in <see cref="Paths"/>, of files that are not descriptors. Default: none.</summary>
    public List<string> Exclude { get; set; } = [];

    /// <summary>Folder for an on-disk Lucene index. Default: <c>null</c>, the index lives in memory.</summary>
    public string? IndexPath { get; set; }

    /// <summary>Largest descriptor or substituted file read, in bytes. Default: 16 MiB.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of maps and lists in one document. Default: 64.</summary>
    [Range(8, 1000)]
    public int MaxDepth { get; set; } = 64;

    /// <summary>Most YAML nodes one document may expand to, aliases included. Default: 1,000,000.</summary>
    [Range(1000, long.MaxValue)]
    public long MaxNodesPerDocument { get; set; } = 1_000_000;

    /// <summary>Most files in one chain of Locations, the root counting as the first (so 2 follows one hop). Default: 32.</summary>
    [Range(1, 1000)]
    public int MaxLocationDepth { get; set; } = 32;

    /// <summary>Reload when a descriptor file under the configured folders changes. Default: <c>true</c>.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long to wait after a change for more changes before reloading. Default: 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The paths to load: <see cref="Paths"/>, or <c>manifests</c> when none are configured.</summary>
    public IReadOnlyList<string> EffectivePaths => Paths.Count > 0 ? Paths : ["manifests"];
}
