using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wayfinder.Bot.OnCall;
using Wayfinder.Catalog;
using Wayfinder.Skills;

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

    /// <summary>A host with the same catalog and skills as the server, quiet (warnings and up on stderr), for <paramref name="paths"/>.</summary>
    public static IHost CreateHost(string[]? paths)
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
        builder.Services.AddSkills();
        builder.Services.AddOnCall(builder.Configuration);
        if (paths is { Length: > 0 })
        {
            builder.Services.PostConfigure<CatalogOptions>(o => o.Paths = [.. paths]);
        }

        return builder.Build();
    }
}
