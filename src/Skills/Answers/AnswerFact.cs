namespace Wayfinder.Skills.Answers;

/// <summary>One labelled fact of an answer, e.g. <c>Owner: Team A</c>.</summary>
/// <param name="Label">Short label, e.g. <c>Owner</c>, <c>Slack</c>, <c>On-call</c>.</param>
/// <param name="Value">The fact as plain text.</param>
public sealed record AnswerFact(string Label, string Value);
