using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wayfinder.Catalog.GitHub;
using Wayfinder.Catalog.Hosting;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog;

/// <summary>Registers the catalog.</summary>
public static class CatalogSetup
{
    /// <summary>
    /// Adds <see cref="ICatalog"/> bound to the <c>Catalog</c> configuration section (validated at start-up).
    /// With <paramref name="loadOnStart"/>, hosted services load it when the host starts and reload it when its files
    /// change (<c>Catalog:Watch</c>). With <c>GitHub:Organizations</c> set, their repositories join the catalog.
    /// </summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, bool loadOnStart = true)
    {
        services.AddOptions<CatalogOptions>()
            .BindConfiguration(CatalogOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<GitHubOptions>()
            .BindConfiguration(GitHubOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GitHubApi>();
        services.TryAddSingleton<GitHubCatalogSource>();
        services.TryAddSingleton<ICatalogLoader, FileCatalogLoader>();
        services.TryAddSingleton<ICatalog, CatalogService>();
        if (loadOnStart)
        {
            services.AddHostedService<CatalogStartupLoader>();
            services.AddHostedService<CatalogFileWatcher>();
        }

        return services;
    }
}
