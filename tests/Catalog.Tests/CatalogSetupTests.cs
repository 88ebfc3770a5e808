using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Tests;

public sealed class CatalogSetupTests
{
    [Fact]
    public void AddCatalog_WithoutLoadOnStart_RegistersTheCatalogAndNoHostedService()
    {
        using var provider = Build(new Dictionary<string, string?>(), loadOnStart: false);

        Assert.Same(provider.GetRequiredService<ICatalog>(), provider.GetRequiredService<ICatalog>());
        Assert.Empty(provider.GetServices<IHostedService>());
    }

    [Fact]
    public void AddCatalog_WithLoadOnStart_RegistersTheStartupLoaderAndTheWatcher()
    {
        using var provider = Build(new Dictionary<string, string?>(), loadOnStart: true);

        Assert.Equal(2, provider.GetServices<IHostedService>().Count());
    }

    [Fact]
    public void AddCatalog_CatalogSection_BoundToOptions()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Catalog:Paths:0"] = "manifests/all.yaml",
            ["Catalog:Exclude:0"] = "templates/**",
            ["Catalog:MaxDepth"] = "100",
            ["Catalog:IndexPath"] = "data/index",
        });

        var options = provider.GetRequiredService<IOptions<CatalogOptions>>().Value;

        Assert.Equal(["manifests/all.yaml"], options.Paths);
        Assert.Equal(["templates/**"], options.Exclude);
        Assert.Equal((100, "data/index"), (options.MaxDepth, options.IndexPath));
    }

    [Fact]
    public void AddCatalog_NoSection_DefaultsStatedInTheDocs()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var options = provider.GetRequiredService<IOptions<CatalogOptions>>().Value;

        Assert.Equal(["manifests"], options.EffectivePaths);
        Assert.Equal((16 * 1024 * 1024, 64, 1_000_000L, 32), (options.MaxFileBytes, options.MaxDepth, options.MaxNodesPerDocument, options.MaxLocationDepth));
        Assert.Null(options.IndexPath);
    }

    [Theory]
    [InlineData("Catalog:MaxDepth", "5")]
    [InlineData("Catalog:MaxFileBytes", "10")]
    [InlineData("Catalog:MaxNodesPerDocument", "10")]
    [InlineData("Catalog:MaxLocationDepth", "0")]
    public void AddCatalog_OutOfRangeOption_FailsValidation(string key, string value)
    {
        using var provider = Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CatalogOptions>>().Value);
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool loadOnStart = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddCatalog(loadOnStart);
        return services.BuildServiceProvider();
    }
}
