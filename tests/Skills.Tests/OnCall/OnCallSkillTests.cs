using Wayfinder.Skills.Answers;
using Wayfinder.Skills.OnCall;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.OnCall;

/// <summary>The on-call skill with a fake roster: live people, a provider that is down, and entities without a route.</summary>
public sealed class OnCallSkillTests(LiveOnCallCatalog catalog) : IClassFixture<LiveOnCallCatalog>
{
    [Fact]
    public void Answer_PagerDutyAnswers_NamesWhoIsOnCallAsOfWhenAndFromWhere()
    {
        var answer = catalog.Ask("who is on call for checkout-service");

        Assert.Equal(Intents.OnCall, answer.Intent);
        Assert.Contains(
            "On call for Checkout service (checkout-service) now: Diego Álvarez (diego.alvarez@pantrypost.example.com, schedule Payments primary, until Mar 3 09:02 UTC); "
            + "Yuki Sato (yuki.sato@pantrypost.example.com, schedule Payments secondary) (as of 14:02 UTC, from PagerDuty service Checkout).",
            answer.Text,
            StringComparison.Ordinal);
        Assert.Contains(new AnswerFact("On call now", "Diego Álvarez, Yuki Sato"), answer.Facts);
        Assert.Contains(new AnswerLink("PagerDuty service Checkout", "https://pantrypost.pagerduty.com/service-directory/PK7D2QW", "pagerduty"), answer.Links);
        Assert.Contains(answer.Facts, f => f.Label == "On-call" && f.Value == "PagerDuty PK7D2QW");
    }

    [Fact]
    public void Answer_ProviderDown_SaysSoAndGivesTheOwnersChannel()
    {
        var answer = catalog.Ask("who is on call for the route planner");

        Assert.StartsWith("Opsgenie didn't answer; the owner's channel is #team-last-mile.", answer.Text, StringComparison.Ordinal);
        Assert.Contains(new AnswerFact("Slack", "#team-last-mile"), answer.Facts);
        Assert.DoesNotContain(answer.Facts, f => f.Label == "On call now");
    }

    [Fact]
    public void Answer_NoProviderAnnotation_CatalogAnswerWithoutAskingTheRoster()
    {
        var askedBefore = catalog.Roster.Asked.Count;

        var answer = catalog.Ask("who is on call for recommendations");

        Assert.Equal("component:default/recommendations", answer.Subject);
        Assert.Equal(askedBefore, catalog.Roster.Asked.Count);
        Assert.StartsWith("No on-call rota (PagerDuty or Opsgenie) is recorded for", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Facts, f => f.Label == "Owner");
    }
}
