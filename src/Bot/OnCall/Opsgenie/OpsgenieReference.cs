namespace Wayfinder.Bot.OnCall.Opsgenie;

/// <summary>An Opsgenie object named by id and name (a team, a schedule).</summary>
internal sealed record OpsgenieReference(string? Id, string? Name);
