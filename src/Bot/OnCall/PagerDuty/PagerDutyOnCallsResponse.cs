namespace Wayfinder.Bot.OnCall.PagerDuty;

/// <summary>The body of <c>GET /oncalls</c>.</summary>
internal sealed record PagerDutyOnCallsResponse(IReadOnlyList<PagerDutyOnCall>? Oncalls);
