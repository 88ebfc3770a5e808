namespace Wayfinder.Bot.OnCall.PagerDuty;

/// <summary>A user as <c>GET /oncalls?include[]=users</c> embeds it (a bare reference has only the summary).</summary>
internal sealed record PagerDutyUser(string? Id, string? Summary, string? Name, string? Email);
