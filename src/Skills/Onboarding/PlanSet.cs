using Wayfinder.Catalog.Validation;

namespace Wayfinder.Skills.Onboarding;

/// <summary>The plans that loaded, and every problem found while loading them (as <c>path:line:column</c>).</summary>
public sealed record PlanSet(IReadOnlyList<OnboardingPlan> Plans, IReadOnlyList<CatalogProblem> Problems)
{
    public static PlanSet Empty { get; } = new([], []);

    /// <summary>The plan with this id (case-insensitive), or <c>null</c>.</summary>
    public OnboardingPlan? Find(string id) => Plans.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
