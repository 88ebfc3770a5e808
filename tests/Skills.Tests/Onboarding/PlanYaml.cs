using Wayfinder.Catalog.Validation;
using Wayfinder.Skills.Onboarding;

namespace Wayfinder.Skills.Tests.Onboarding;

/// <summary>Plan text for reader tests, and reading it as the file <c>plans.yaml</c>.</summary>
internal static class PlanYaml
{
    /// <summary>A valid step list of one step, for tests about the plan around it.</summary>
    public const string OneStep = """
        steps:
          - id: welcome
            day: 1
            message: Welcome {{person.name}}
        """;

    /// <summary>A valid plan <c>p</c> for everyone with <paramref name="steps"/> (lines indented as list items of <c>steps:</c>).</summary>
    public static string Plan(string steps) => $"id: p\ntitle: T\nfor: everyone\nsteps:\n{steps}";

    public static (IReadOnlyList<OnboardingPlan> Plans, List<CatalogProblem> Problems) Read(string yaml)
    {
        var problems = new List<CatalogProblem>();
        var plans = PlanReader.Read(yaml, new ProblemLog("plans.yaml", problems));
        return (plans, problems);
    }
}
