using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>A service provider wired the way a host wires the catalog: <c>AddLogging().AddCatalog(loadOnStart: false)</c>.</summary>
internal static class CatalogServices
{
    /// <summary>Builds the provider; <paramref name="loader"/> replaces the file loader when given; <paramref name="gitHub"/> configures GitHub discovery.</summary>
    public static ServiceProvider Create(Action<CatalogOptions> configure, ICatalogLoader? loader = null, Action<Catalog.GitHub.GitHubOptions>? gitHub = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        if (loader is not null)
        {
            services.AddSingleton(loader);
        }

        services.AddCatalog(loadOnStart: false);
        services.Configure(configure);
        if (gitHub is not null)
        {
            services.Configure(gitHub);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
