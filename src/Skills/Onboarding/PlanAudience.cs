using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Onboarding;

/// <summary>Who a plan is for: everyone, or members of these groups and of the groups below them.</summary>
public sealed record PlanAudience(bool Everyone, IReadOnlyList<EntityRef> Groups)
{
    public static PlanAudience All { get; } = new(true, []);
}
