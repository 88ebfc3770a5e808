using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Onboarding;
using Wayfinder.Skills.Onboarding.Messages;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Onboarding;

/// <summary>Placeholders filled from the sample catalog at send time.</summary>
public sealed class OnboardingFactsTests(PantrypostCatalog catalog) : IClassFixture<PantrypostCatalog>
{
    private static readonly OnboardingPlan Plan = new("backend", "Backend onboarding", PlanAudience.All, [], new SourcePosition("p.yaml", 1, 1));

    [Fact]
    public void Of_TeamMember_TeamChannelServicesRunbooksAndOnCall()
    {
        var facts = Facts("user:default/diego.alvarez", buddy: "user:default/oliver.brennan", manager: "user:default/hannah.lindqvist");

        Assert.Equal("Diego Álvarez", facts["person.name"]);
        Assert.Equal("Diego", facts["person.firstName"]);
        Assert.Equal("Checkout & Payments", facts["team.name"]);
        Assert.Equal("#team-payments", facts["team.channel"]);
        Assert.Contains("checkout-service", facts["team.owned"], StringComparison.Ordinal);
        Assert.Contains("- checkout-service: https://runbooks.pantrypost.example.com/checkout-service", facts["team.runbooks"], StringComparison.Ordinal);
        Assert.Contains("PagerDuty service", facts["team.oncall"], StringComparison.Ordinal);
        Assert.Equal("Oliver Brennan", facts["buddy"]);
        Assert.Equal("Hannah Lindqvist", facts["manager"]);
        Assert.Equal("Monday 7 December 2026", facts["start.date"]);
    }

    [Fact]
    public void Fill_Template_PlaceholdersReplacedUnknownKept()
    {
        var text = PlanMessage.Fill("Hi {{person.firstName}}, ask in {{ team.channel }}. {{nope}}", Facts("user:default/diego.alvarez"));

        Assert.Equal("Hi Diego, ask in #team-payments. {{nope}}", text);
    }

    private IReadOnlyDictionary<string, string> Facts(string person, string? buddy = null, string? manager = null)
    {
        var snapshot = catalog.Catalog.Snapshot;
        Entity Get(string r) => snapshot.Get(EntityRef.Parse(r)) ?? throw new InvalidOperationException(r);
        return OnboardingFacts.Of(snapshot, Plan, new NudgePeople(Get(person), buddy is null ? null : Get(buddy), manager is null ? null : Get(manager), new DateOnly(2026, 12, 7)));
    }
}
