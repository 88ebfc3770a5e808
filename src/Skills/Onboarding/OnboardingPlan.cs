using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Onboarding;

/// <summary>An onboarding plan from <c>manifests/onboarding/*.yaml</c>: who it is for and its steps, in order.</summary>
/// <param name="Id">Stable id, e.g. <c>backend</c> (lower-case letters, digits and hyphens).</param>
/// <param name="Title">Shown to the new hire and their manager.</param>
/// <param name="Audience">Everyone, or members (transitively) of some groups.</param>
/// <param name="Steps">The steps, ordered by workday and send time.</param>
/// <param name="Source">Where the plan is written.</param>
public sealed record OnboardingPlan(string Id, string Title, PlanAudience Audience, IReadOnlyList<OnboardingStep> Steps, SourcePosition Source);
