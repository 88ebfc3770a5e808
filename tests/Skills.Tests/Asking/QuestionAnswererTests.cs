using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Asking;

/// <summary>Whole answers over the sample catalog: facts, refs, sources, links, typos and ambiguity.</summary>
public sealed class QuestionAnswererTests(PantrypostCatalog catalog) : IClassFixture<PantrypostCatalog>
{
    [Fact]
    public void AnswerAsync_WhoOwns_OwnerWithContactMembersAndSources()
    {
        var answer = catalog.Ask("who owns checkout-service");

        Assert.Equal(Intents.Owner, answer.Intent);
        Assert.Equal("component:default/checkout-service", answer.Subject);
        Assert.Equal(["component:default/checkout-service", "group:default/checkout-payments"], answer.Refs.Take(2));
        Assert.Contains("user:default/hannah.lindqvist", answer.Refs);
        Assert.Contains("payments-team@pantrypost.example.com", answer.Text, StringComparison.Ordinal);
        Assert.Contains("#team-payments", answer.Text, StringComparison.Ordinal);
        Assert.Contains(new AnswerFact("Slack", "#team-payments"), answer.Facts);
        var spec = File.ReadAllLines(Path.Combine(Bot.Tests.Support.RepoPaths.Manifests, "components", "checkout-service.yaml"));
        var ownerLine = Array.FindIndex(spec, l => l.TrimStart().StartsWith("owner:", StringComparison.Ordinal)) + 1;
        Assert.Contains(answer.Sources, s => s.Path.EndsWith("manifests/components/checkout-service.yaml", StringComparison.Ordinal) && s.Line == ownerLine);
        Assert.Contains(answer.Sources, s => s.Path.EndsWith("manifests/org/checkout-payments.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void AnswerAsync_Runbook_LinksTheRunbookAndHowToPage()
    {
        var answer = catalog.Ask("checkout is down, what do I do?");

        Assert.Equal(Intents.Runbook, answer.Intent);
        Assert.Equal("component:default/checkout-service", answer.Subject);
        Assert.Contains(answer.Links, l => l.Type == "runbook" && l.Url == "https://runbooks.pantrypost.example.com/checkout-service");
        Assert.Contains(answer.Links, l => l.Type == "pagerduty");
    }

    [Fact]
    public void AnswerAsync_MistypedName_AnswersAndSaysHowItReadTheName()
    {
        var answer = catalog.Ask("who owns the chekout servce");

        Assert.Equal("component:default/checkout-service", answer.Subject);
        Assert.Contains("as checkout-service", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerAsync_SharedNameAskedForAnythingButTheOwner_AlternativesAndNoSubject()
    {
        var answer = catalog.Ask("runbook for payments");

        Assert.Null(answer.Subject);
        Assert.Equal(["component:default/payments", "api:default/payments"], answer.Alternatives);
        Assert.Contains("Which one?", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerAsync_SharedNameWithOneOwnerAskedWhoOwnsIt_AnswersTheOwnerAndNamesTheOthers()
    {
        var answer = catalog.Ask("who owns payments");

        Assert.Equal("component:default/payments", answer.Subject);
        Assert.Empty(answer.Alternatives);
        Assert.Contains("is owned by Checkout & Payments (checkout-payments)", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("(\"payments\" also names Payments API (payments) (api:default/payments); both have the same owner.)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("api:default/payments", answer.Refs);
    }

    [Fact]
    public void AnswerAsync_MistypedSharedNameWithOneOwnerAskedWhoOwnsIt_AnswersTheOwnerAndSaysHowItReadTheName()
    {
        var answer = catalog.Ask("who owns paymnets");

        Assert.Equal("component:default/payments", answer.Subject);
        Assert.Contains("is owned by Checkout & Payments (checkout-payments)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("as payments", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerAsync_AlternativeChosen_AnswersForIt()
    {
        var answer = catalog.Ask("who owns payments", chosenSubject: "api:default/payments");

        Assert.Equal(Intents.Owner, answer.Intent);
        Assert.Equal("api:default/payments", answer.Subject);
        Assert.Empty(answer.Alternatives);
    }

    [Fact]
    public void AnswerAsync_UnknownName_SaysSoWithDidYouMean()
    {
        var answer = catalog.Ask("who owns the payments reconciler");

        Assert.Equal(Intents.Owner, answer.Intent);
        Assert.Null(answer.Subject);
        Assert.StartsWith("I don't know \"the payments reconciler\"", answer.Text, StringComparison.Ordinal);
        Assert.InRange(answer.Alternatives.Count, 1, 3);
    }

    [Fact]
    public void AnswerAsync_Help_ExamplesNameEntitiesOfThisCatalog()
    {
        var answer = catalog.Ask("help");

        Assert.Equal(Intents.Help, answer.Intent);
        Assert.NotEmpty(answer.Refs);
        Assert.All(answer.Refs, r => Assert.NotNull(catalog.Catalog.Snapshot.Get(Catalog.Entities.EntityRef.Parse(r))));
        Assert.Contains("who owns ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerAsync_NoIntent_TopThreeSearchHitsWithLinks()
    {
        var answer = catalog.Ask("card authorisation gateway");

        Assert.Equal(Intents.Search, answer.Intent);
        Assert.Null(answer.Subject);
        Assert.InRange(answer.Refs.Count, 1, 3);
        Assert.NotEmpty(answer.Links);
    }

    [Fact]
    public void AnswerAsync_ToolNeed_FindsTheToolByWhatItDoes()
    {
        var answer = catalog.Ask("what do we use for feature flags?");

        Assert.Equal(Intents.Tools, answer.Intent);
        Assert.Equal("resource:default/unleash", answer.Subject);
        Assert.NotEmpty(answer.Links);
    }
}
