namespace Wayfinder.Skills.Answers;

/// <summary>A link an answer offers, e.g. a runbook.</summary>
/// <param name="Title">Button text.</param>
/// <param name="Url">The target as written in the catalog.</param>
/// <param name="Type">What it is (<c>runbook</c>, <c>docs</c>, <c>dashboard</c>, <c>pagerduty</c>…), when known.</param>
public sealed record AnswerLink(string Title, string Url, string? Type = null);
