namespace Wayfinder.Bench.Compare;

/// <summary>One generated question and its known answer.</summary>
/// <param name="Id">Position in the question set, from 1.</param>
/// <param name="Text">What the person types.</param>
/// <param name="Intent"><c>owner</c>, <c>docs</c> or <c>runbook</c>.</param>
/// <param name="Style">How the name is spelled: <c>exact</c>, <c>spaced</c>, <c>camel</c>, <c>typo</c>, <c>case</c> or <c>extra-spaces</c>.</param>
/// <param name="ExpectedRef">The entity the question is about.</param>
/// <param name="ExpectedOwner">That entity's owner ref, resolved from the catalog's ownership; <c>null</c> when it has none.</param>
/// <param name="SharedName">Another Component, API, System or Resource has the same name, ignoring spelling (<c>payments-api</c>
/// the Component and the API): without a kind word the question has two fair answers.</param>
internal sealed record CompareQuestion(int Id, string Text, string Intent, string Style, string ExpectedRef, string? ExpectedOwner, bool SharedName);
