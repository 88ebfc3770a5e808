using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Understanding;

namespace Wayfinder.Skills.Tests.Understanding;

/// <summary>Intent and subject phrase from the ways people type questions (before the subject's kind is known).</summary>
public sealed class QuestionParserTests
{
    [Theory]
    [InlineData("who owns artist-lookup", Intents.Owner, "artist-lookup")]
    [InlineData("which team is responsible for the checkout flow", Intents.Owner, "the checkout flow")]
    [InlineData("artist-lookup owner?", Intents.Owner, "artist-lookup")]
    [InlineData("whose is the ledger", Intents.Owner, "the ledger")]
    [InlineData("who do I talk to about payments", Intents.Owner, "payments")]
    [InlineData("who is on team-b", Intents.Members, "team-b")]
    [InlineData("what does team-c own", Intents.OwnedBy, "team-c")]
    [InlineData("team-c's services", Intents.OwnedBy, "team-c")]
    [InlineData("tell me about petstore", Intents.Describe, "petstore")]
    [InlineData("where is the documentation for the orders api", Intents.Docs, "the orders api")]
    [InlineData("how do I use the pricing API", Intents.Docs, "the pricing API")]
    [InlineData("runbook for checkout", Intents.Runbook, "checkout")]
    [InlineData("checkout is down, what do I do?", Intents.Runbook, "checkout")]
    [InlineData("who is on call for search", Intents.OnCall, "search")]
    [InlineData("oncall payments", Intents.OnCall, "payments")]
    [InlineData("who do I page for the driver app", Intents.OnCall, "the driver app")]
    [InlineData("what does checkout-service depend on", Intents.Dependencies, "checkout-service")]
    [InlineData("what depends on orders-api", Intents.Dependents, "orders-api")]
    [InlineData("who consumes the petstore API", Intents.Dependents, "the petstore API")]
    [InlineData("what APIs does basket-service provide", Intents.Apis, "basket-service")]
    [InlineData("what is in the payments platform system", Intents.Parts, "the payments platform system")]
    [InlineData("what system is route-planner part of", Intents.Placement, "route-planner")]
    [InlineData("where does team-d sit in the org", Intents.Placement, "team-d")]
    [InlineData("which team is Jenny Doe on", Intents.Person, "Jenny Doe")]
    [InlineData("where is Grafana", Intents.Tools, "Grafana")]
    [InlineData("what do we use for feature flags", Intents.Tools, "feature flags")]
    [InlineData("help", Intents.Help, "")]
    [InlineData("what can you do?", Intents.Help, "")]
    [InlineData("payment card gateway", Intents.Search, "payment card gateway")]
    public void Parse_TypicalQuestion_IntentAndSubjectPhrase(string question, string intent, string subject)
    {
        var parsed = QuestionParser.Parse(QuestionText.Clean(question));

        Assert.Equal(intent, parsed.Intent);
        Assert.Equal(subject, parsed.SubjectPhrase);
    }

    [Theory]
    [InlineData("hey bot, who owns the artist lookup service please?", "the artist lookup service")]
    [InlineData("Hi there! quick question: runbook for checkout? thanks", "checkout")]
    [InlineData("WHO OWNS ARTIST-LOOKUP", "ARTIST-LOOKUP")]
    public void Parse_WordsAroundTheQuestion_AreLeftOut(string question, string subject)
    {
        Assert.Equal(subject, QuestionParser.Parse(QuestionText.Clean(question)).SubjectPhrase);
    }

    [Fact]
    public void Parse_CueWithOnlyFillerAsSubject_LaterCueWins()
    {
        // "what systems are …" also reads as "what system is <are> in …"; the filler subject must not win.
        var parsed = QuestionParser.Parse("what systems are in the operations domain");

        Assert.Equal(Intents.Parts, parsed.Intent);
        Assert.Equal("the operations domain", parsed.SubjectPhrase);
    }
}
