namespace Wayfinder.Bot.OnCall.PagerDuty;

/// <summary>A reference to another PagerDuty object (escalation policy, schedule).</summary>
internal sealed record PagerDutyReference(string? Id, string? Summary, string? HtmlUrl);
