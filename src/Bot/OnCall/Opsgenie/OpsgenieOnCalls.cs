using System.Text.Json.Serialization;

namespace Wayfinder.Bot.OnCall.Opsgenie;

/// <summary>A schedule's current on-call recipients (with <c>flat=true</c>: usernames, which are emails).</summary>
internal sealed record OpsgenieOnCalls(
    [property: JsonPropertyName("_parent")] OpsgenieReference? Parent,
    IReadOnlyList<string>? OnCallRecipients);
