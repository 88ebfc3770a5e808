using System.Net;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Teams;

/// <summary>Without Teams settings the endpoint is off and one line says which settings switch it on.</summary>
public sealed class TeamsOffTests(FixtureCatalogBot fixture) : IClassFixture<FixtureCatalogBot>
{
    [Fact]
    public void Startup_NoTeamsSettings_OneLineNamingThem()
    {
        var line = Assert.Single(fixture.Bot.Output.Split('\n'), l => l.Contains("Teams is off", StringComparison.Ordinal));

        Assert.Contains("Teams:MicrosoftAppId", line, StringComparison.Ordinal);
        Assert.Contains("Teams:Enabled", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_TeamsOff_NotServed()
    {
        using var response = await fixture.Bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
