using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.SkillAnswers;

/// <summary>What each skill says, checked against the sample catalog's files.</summary>
public sealed class SkillAnswerTests(PantrypostCatalog catalog) : IClassFixture<PantrypostCatalog>
{
    [Fact]
    public void Members_Team_ListsMembersParentAndChannel()
    {
        var answer = catalog.Ask("who is on checkout-payments");

        Assert.Equal(Intents.Members, answer.Intent);
        Assert.Contains("user:default/hannah.lindqvist", answer.Refs);
        Assert.Contains("group:default/customer-tribe", answer.Refs);
        Assert.Contains(new AnswerFact("Slack", "#team-payments"), answer.Facts);
    }

    [Fact]
    public void OwnedBy_Tribe_ListsWhatItsTeamsOwnToo()
    {
        var answer = catalog.Ask("what does the customer tribe own");

        Assert.Equal(Intents.OwnedBy, answer.Intent);
        Assert.Contains("Through its teams:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("group:default/checkout-payments", answer.Refs);
    }

    [Fact]
    public void Describe_Component_KindOwnerSystemAndLinks()
    {
        var answer = catalog.Ask("tell me about checkout-service");

        Assert.Equal(Intents.Describe, answer.Intent);
        Assert.Contains(new AnswerFact("Kind", "Component"), answer.Facts);
        Assert.Contains(new AnswerFact("Lifecycle", "production"), answer.Facts);
        Assert.Contains("system:default/payments-platform", answer.Refs);
        Assert.Equal(3, answer.Links.Count);
    }

    [Fact]
    public void Docs_Api_DefinitionLineAndTechDocs()
    {
        var answer = catalog.Ask("docs for orders-api");

        Assert.Equal(Intents.Docs, answer.Intent);
        Assert.Contains("openapi definition", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Sources.Count >= 2, "the definition's own line is a source");
    }

    [Fact]
    public void Docs_HowToDeployComponentWithPages_DeploySectionFromItsDocsFolder()
    {
        var answer = catalog.Ask("how do I deploy payments-gateway");

        Assert.Equal(Intents.Docs, answer.Intent);
        Assert.StartsWith("payments-gateway's docs/deploy.md, section “Deploying to production”:", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Path.EndsWith("components/payments-gateway/docs/deploy.md", StringComparison.Ordinal));
        Assert.Contains(new AnswerLink("Gateway docs and PCI boundaries", "https://docs.pantrypost.example.com/payments-gateway", "docs"), answer.Links);
    }

    [Fact]
    public void OnCall_OpsgenieTeam_NamedWithTheOwnersChannels()
    {
        var answer = catalog.Ask("who is on call for the route planner");

        Assert.Equal(Intents.OnCall, answer.Intent);
        Assert.Contains(answer.Facts, f => f.Label == "On-call" && f.Value.StartsWith("Opsgenie", StringComparison.Ordinal));
        Assert.Contains(answer.Facts, f => f.Label == "Teams");
    }

    [Fact]
    public void Runbook_NoneLinked_SaysSoAndNamesTheOwner()
    {
        var answer = catalog.Ask("runbook for money-kit");

        Assert.Equal(Intents.Runbook, answer.Intent);
        Assert.Contains("No runbook is linked", answer.Text, StringComparison.Ordinal);
        Assert.Contains("group:default/checkout-payments", answer.Refs);
    }

    [Fact]
    public void Dependents_Api_ConsumersAndTheirOwners()
    {
        var answer = catalog.Ask("who uses the pricing api");

        Assert.Equal(Intents.Dependents, answer.Intent);
        Assert.Contains("component:default/basket-service", answer.Refs);
        Assert.Contains("Owned by:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Placement_Component_SystemThenDomain()
    {
        var answer = catalog.Ask("what system is route-planner part of");

        Assert.Equal(Intents.Placement, answer.Intent);
        Assert.Equal(["component:default/route-planner", "system:default/delivery-network"], answer.Refs.Take(2));
        Assert.Contains("domain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Person_User_TeamsEmailAndRole()
    {
        var answer = catalog.Ask("which team is Diego Álvarez on");

        Assert.Equal(Intents.Person, answer.Intent);
        Assert.Contains("group:default/checkout-payments", answer.Refs);
        Assert.Contains(new AnswerFact("Email", "diego.alvarez@pantrypost.example.com"), answer.Facts);
    }

    [Fact]
    public void Tools_NamedTool_LinksAndOwner()
    {
        var answer = catalog.Ask("where is grafana");

        Assert.Equal(Intents.Tools, answer.Intent);
        Assert.Equal("resource:default/grafana", answer.Subject);
        Assert.NotEmpty(answer.Links);
        Assert.Contains("group:default/platform-sre", answer.Refs);
    }

    [Fact]
    public void Parts_System_EntitiesByKind()
    {
        var answer = catalog.Ask("what is in the payments platform");

        Assert.Equal(Intents.Parts, answer.Intent);
        Assert.Contains("component:default/checkout-service", answer.Refs);
        Assert.Contains("API:", answer.Text, StringComparison.Ordinal);
    }
}
