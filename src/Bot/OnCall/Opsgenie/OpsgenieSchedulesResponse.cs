namespace Wayfinder.Bot.OnCall.Opsgenie;

/// <summary>The body of <c>GET /v2/schedules</c>.</summary>
internal sealed record OpsgenieSchedulesResponse(IReadOnlyList<OpsgenieSchedule>? Data);
