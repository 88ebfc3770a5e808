using Wayfinder.Bot.Tests.Support;
using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Onboarding;
using Wayfinder.Skills.Onboarding.Messages;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Onboarding;

/// <summary>The plans in <c>manifests/onboarding/</c>, filled from the sample catalog as they would be sent.</summary>
public sealed class ShippedPlansTests(PantrypostCatalog catalog) : IClassFixture<PantrypostCatalog>
{
    [Fact]
    public void Placeholders_EveryValidatedName_IsFilledAtSendTime()
    {
        var facts = Facts(EmptyPlan());

        Assert.Equal(PlanPlaceholders.Names.Order(StringComparer.Ordinal), facts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Fill_EveryStepOfShippedPlans_LeavesNoPlaceholder()
    {
        var set = await PlanLoader.LoadAsync([Path.Combine(RepoPaths.Manifests, "onboarding")], RepoPaths.Root, CancellationToken.None);

        Assert.Empty(set.Problems);
        foreach (var plan in set.Plans)
        {
            var facts = Facts(plan);
            Assert.All(plan.Steps, step => Assert.DoesNotContain("{{", PlanMessage.Fill(step.Message, facts), StringComparison.Ordinal));
        }
    }

    private static OnboardingPlan EmptyPlan() => new("p", "P", PlanAudience.All, [], new SourcePosition("p.yaml", 1, 1));

    private IReadOnlyDictionary<string, string> Facts(OnboardingPlan plan)
    {
        var snapshot = catalog.Catalog.Snapshot;
        Entity Get(string r) => snapshot.Get(EntityRef.Parse(r)) ?? throw new InvalidOperationException(r);
        var people = new NudgePeople(Get("user:default/fatima.elamrani"), Get("user:default/diego.alvarez"), Get("user:default/hannah.lindqvist"), new DateOnly(2026, 3, 2));
        return OnboardingFacts.Of(snapshot, plan, people);
    }
}
