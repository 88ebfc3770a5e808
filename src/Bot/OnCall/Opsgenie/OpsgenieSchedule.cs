namespace Wayfinder.Bot.OnCall.Opsgenie;

/// <summary>A schedule as <c>GET /v2/schedules</c> lists it.</summary>
internal sealed record OpsgenieSchedule(string Id, string? Name, bool Enabled, OpsgenieReference? OwnerTeam);
