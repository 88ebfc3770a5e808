namespace Wayfinder.Skills.Onboarding;

/// <summary>A link of a step: button text and URL.</summary>
public sealed record PlanLink(string Title, string Url);
