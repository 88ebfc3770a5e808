namespace Wayfinder.Bot.OnCall.PagerDuty;

/// <summary>The fields of a PagerDuty service that an on-call answer uses.</summary>
internal sealed record PagerDutyService(string Id, string? Name, string? HtmlUrl, PagerDutyReference? EscalationPolicy);
