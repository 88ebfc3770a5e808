using System.Net.Http.Json;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.OnCall;

/// <summary><c>/api/ask</c> on the real bot for on-call questions, against fake PagerDuty and Opsgenie servers on loopback.</summary>
public sealed class LiveOnCallTests(OnCallBot fixture) : IClassFixture<OnCallBot>
{
    [Fact]
    public async Task Ask_PagerDutyService_NamesTheFirstLevelOnCallAsOfNowWithTheServiceLink()
    {
        var answer = await AskAsync("who is on call for checkout-service");

        var text = answer.GetProperty("text").GetString()!;
        Assert.Contains("On call for Checkout service (checkout-service) now: Diego Álvarez (diego.alvarez@pantrypost.example.com, schedule Payments primary, until Nov 25 09:00 UTC)", text, StringComparison.Ordinal);
        Assert.Matches(@"\(as of \d\d:\d\d UTC, from PagerDuty service Checkout\)", text);
        Assert.DoesNotContain("Hannah", text, StringComparison.Ordinal);
        Assert.Contains(Links(answer), l => l == "https://pantrypost.pagerduty.com/service-directory/PK7D2QW");
    }

    [Fact]
    public async Task Ask_OpsgenieTeam_NamesTheTeamSchedulesRecipientsWithTheScheduleLink()
    {
        var answer = await AskAsync("who is on call for the route planner");

        var text = answer.GetProperty("text").GetString()!;
        Assert.Contains(
            "now: amara.okafor@pantrypost.example.com (schedule last-mile_schedule); tom.fischer@pantrypost.example.com (schedule last-mile_schedule)",
            text,
            StringComparison.Ordinal);
        Assert.Matches(@"\(as of \d\d:\d\d UTC, from Opsgenie schedule last-mile_schedule\)", text);
        Assert.Contains(Links(answer), l => l == "https://pantrypost.app.opsgenie.com/schedule/whoIsOnCall");
    }

    [Fact]
    public async Task Ask_TwiceWithinTheCacheTtl_SecondAnswerMakesNoProviderRequest()
    {
        var first = await AskAsync("who is on call for pricing-engine");
        var requestsAfterFirst = fixture.PagerDuty.Requests("/services/P8NV3KD") + fixture.PagerDuty.Requests("/oncalls");

        var second = await AskAsync("who is on call for pricing-engine");

        Assert.Contains("Mei Chen", first.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("text").GetString(), second.GetProperty("text").GetString());
        Assert.Equal(1, fixture.PagerDuty.Requests("/services/P8NV3KD"));
        Assert.Equal(requestsAfterFirst, fixture.PagerDuty.Requests("/services/P8NV3KD") + fixture.PagerDuty.Requests("/oncalls"));
    }

    [Fact]
    public async Task Ask_ProviderReturns500_SaysItDidNotAnswerAndGivesTheOwnersChannel()
    {
        var answer = await AskAsync("who is on call for auth-service");

        Assert.StartsWith("PagerDuty didn't answer; the owner's channel is #team-platform.", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("component:default/auth-service", answer.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Ask_ProviderDownAskedTwice_SecondAnswerComesFromTheFailureCacheWithoutAskingAgain()
    {
        var first = await AskAsync("who is on call for auth-service");
        var asked = fixture.PagerDuty.Requests("/services/PA9TH3Z");

        var second = await AskAsync("who is on call for auth-service");

        Assert.True(asked >= 1);
        Assert.Equal(asked, fixture.PagerDuty.Requests("/services/PA9TH3Z"));
        Assert.Equal(first.GetProperty("text").GetString(), second.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Ask_ProviderTooSlow_SaysItDidNotAnswerInTimeAndGivesTheOwnersChannel()
    {
        var answer = await AskAsync("who is on call for edge-gateway");

        Assert.StartsWith("PagerDuty didn't answer in time; the owner's channel is #team-platform.", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TeamWithoutSchedule_SaysOpsgenieHasNoneAndGivesTheOwnersChannel()
    {
        var answer = await AskAsync("who is on call for orders-worker");

        Assert.StartsWith("Opsgenie has no enabled schedule for team fulfilment-oncall; the owner's channel is #team-fulfilment.", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ProviderFails_TokensNeverLogged()
    {
        await AskAsync("who is on call for auth-service");

        Assert.DoesNotContain(FakePagerDuty.Token, fixture.Bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeOpsgenie.ApiKey, fixture.Bot.Output, StringComparison.Ordinal);
        Assert.Contains("On-call from PagerDuty for PA9TH3Z failed", fixture.Bot.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Links(JsonElement answer) =>
        answer.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("url").GetString()!);

    private async Task<JsonElement> AskAsync(string question) =>
        await fixture.Bot.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/ask?q={Uri.EscapeDataString(question)}", UriKind.Relative));
}
