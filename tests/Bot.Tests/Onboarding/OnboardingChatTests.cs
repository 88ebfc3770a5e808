using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Wayfinder.Bot.Tests.Slack;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>Onboarding commands in Slack DMs on the real bot: enrol (enrollers only), someone's status, my checklist.</summary>
public sealed class OnboardingChatTests(OnboardingBot fixture) : IClassFixture<OnboardingBot>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static string NextWeek => DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Onboard_ByAnEnroller_EnrolledAndTheirStatusShown()
    {
        fixture.Slack.User("U-HANNAH", "hannah.lindqvist@pantrypost.example.com");

        var reply = await AskAsync("U-HANNAH", "D-HANNAH-1", $"onboard liam.oconnor@pantrypost.example.com start {NextWeek} buddy aisha.bello");
        var status = await AskAsync("U-HANNAH", "D-HANNAH-2", "onboarding status liam.oconnor");

        Assert.StartsWith("Enrolled Liam O'Connor in the 'default' plan", reply, StringComparison.Ordinal);
        Assert.Contains("Onboarding of Liam O'Connor", status, StringComparison.Ordinal);
        Assert.Contains("[ ] ", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Onboard_BySomeoneOutsideTheEnrollersGroup_PoliteRefusal()
    {
        fixture.Slack.User("U-RAJESH", "rajesh.iyer@pantrypost.example.com");

        var reply = await AskAsync("U-RAJESH", "D-RAJESH", $"onboard nadia.petrova start {NextWeek}");

        Assert.Equal("Sorry, only members of checkout-payments can start someone's onboarding. Ask one of them to do it.", reply);
    }

    [Fact]
    public async Task MyOnboarding_EnrolledPerson_TheirChecklist()
    {
        fixture.Slack.User("U-HANNAH", "hannah.lindqvist@pantrypost.example.com");
        fixture.Slack.User("U-MATEO", "mateo.rossi@pantrypost.example.com");
        await AskAsync("U-HANNAH", "D-HANNAH-3", $"onboard mateo.rossi start {NextWeek}");

        var checklist = await AskAsync("U-MATEO", "D-MATEO", "my onboarding");

        Assert.StartsWith("Onboarding of Mateo Rossi", checklist, StringComparison.Ordinal);
        Assert.Contains("welcome (day 1)", checklist, StringComparison.Ordinal);
    }

    private async Task<string> AskAsync(string user, string channel, string text)
    {
        var e = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = channel, ["user"] = user, ["text"] = text, ["ts"] = "1700000300.000100" };
        using var request = SlackSigner.Json("/slack/event", SlackEventEndpointTests.Envelope($"Ev-{channel}", e));
        using var response = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(await fixture.Slack.WaitForAsync("chat.postMessage", c => c.Channel == channel, 1, Wait)).Text!;
    }
}
