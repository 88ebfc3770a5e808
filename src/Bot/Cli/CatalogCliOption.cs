using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wayfinder.Catalog;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Cli;

/// <summary>The <c>--catalog PATH</c> option shared by verbs, and loading the catalog it names.</summary>
internal static class CatalogCliOption
{
    public static Option<string[]> Create() => new("--catalog")
    {
        Description = "A folder (every *.yaml/*.yml below it) or a file (e.g. a Location such as all.yaml) to load; repeatable. Overrides Catalog:Paths (default: manifests).",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Loads the catalog with the same services as the server, quietly (warnings and up on stderr).</summary>
    public static async Task<(ICatalog Catalog, IHost Host)> LoadAsync(string[]? paths, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        // The verbs print their own results; only warnings and worse are logged, to stderr.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddCatalog(loadOnStart: false);
        if (paths is { Length: > 0 })
        {
            builder.Services.PostConfigure<CatalogOptions>(o => o.Paths = [.. paths]);
        }

        var host = builder.Build();
        var catalog = host.Services.GetRequiredService<ICatalog>();
        await catalog.ReloadAsync(cancellationToken).ConfigureAwait(false);
        return (catalog, host);
    }
}
