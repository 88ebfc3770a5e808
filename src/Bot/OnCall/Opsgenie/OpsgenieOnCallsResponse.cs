namespace Wayfinder.Bot.OnCall.Opsgenie;

/// <summary>The body of <c>GET /v2/schedules/{id}/on-calls</c>.</summary>
internal sealed record OpsgenieOnCallsResponse(OpsgenieOnCalls? Data);
