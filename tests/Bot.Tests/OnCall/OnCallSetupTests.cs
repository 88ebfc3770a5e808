using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.OnCall;
using Wayfinder.Skills;
using Wayfinder.Skills.OnCall;

namespace Wayfinder.Bot.Tests.OnCall;

/// <summary><c>AddOnCall</c> without a host: which roster answers and which settings are refused.</summary>
public sealed class OnCallSetupTests
{
    [Fact]
    public async Task AddOnCall_NoTokens_EveryProviderIsNotConfigured()
    {
        using var services = Build([]);
        var roster = services.GetRequiredService<IOnCallRoster>();

        var pagerDuty = await roster.LookUpAsync(new OnCallRoute(OnCallProvider.PagerDuty, "PK7D2QW"), CancellationToken.None);
        var opsgenie = await roster.LookUpAsync(new OnCallRoute(OnCallProvider.Opsgenie, "last-mile-oncall"), CancellationToken.None);

        Assert.Equal(RosterOutcome.NotConfigured, pagerDuty.Outcome);
        Assert.Equal(RosterOutcome.NotConfigured, opsgenie.Outcome);
        Assert.Equal("LiveOnCallRoster", roster.GetType().Name);
    }

    [Theory]
    [InlineData("OnCall:Timeout", "00:05:00")]
    [InlineData("OnCall:CacheTtl", "-00:00:01")]
    [InlineData("OnCall:PagerDuty:BaseUrl", "/relative")]
    public void AddOnCall_BadSetting_RefusedAtStart(string key, string value)
    {
        using var services = Build(new Dictionary<string, string?> { [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OnCallOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSkills();
        services.AddOnCall(configuration);
        return services.BuildServiceProvider();
    }
}
