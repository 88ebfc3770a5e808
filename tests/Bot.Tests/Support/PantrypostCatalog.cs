using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.Onboarding;
using Wayfinder.Bot.Onboarding.Plans;
using Wayfinder.Catalog;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>The sample catalog and the shipped onboarding plans, loaded once, for tests of onboarding parts without a host.</summary>
public sealed class PantrypostCatalog : IAsyncLifetime
{
    private ServiceProvider? _services;

    internal ICatalog Catalog => _services?.GetRequiredService<ICatalog>() ?? throw new InvalidOperationException("Not loaded.");

    internal OnboardingPlans Plans { get; } = new(
        Options.Create(new OnboardingOptions { Plans = { Path.Combine(RepoPaths.Manifests, "onboarding") } }), NullLogger<OnboardingPlans>.Instance);

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddCatalog(loadOnStart: false);
        services.Configure<CatalogOptions>(o =>
        {
            o.Paths = [RepoPaths.Manifests];
            o.Exclude = ["slack-app.yaml", "onboarding/**"];
            o.Watch = false;
        });
        _services = services.BuildServiceProvider();
        var status = await Catalog.ReloadAsync(CancellationToken.None);
        if (status.State != CatalogState.Loaded)
        {
            throw new InvalidOperationException($"The sample catalog did not load: {status.LastFailure}");
        }

        await Plans.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
