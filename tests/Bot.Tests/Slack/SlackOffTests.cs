using System.Net;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary>Without Slack settings the bot runs without Slack and says once which settings would switch it on.</summary>
public sealed class SlackOffTests(FixtureCatalogBot fixture) : IClassFixture<FixtureCatalogBot>
{
    [Fact]
    public void Startup_NoSlackSettings_OneLineNamingTheMissingSettings()
    {
        var lines = fixture.Bot.Output.Split('\n').Where(l => l.Contains("Slack is off", StringComparison.Ordinal)).ToList();

        var line = Assert.Single(lines);
        Assert.Contains("Slack:BotToken", line, StringComparison.Ordinal);
        Assert.Contains("Slack:SigningSecret", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_SlackOff_NotServed()
    {
        using var response = await fixture.Bot.Client.PostAsync(new Uri("/slack/event", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
