namespace Wayfinder.Bot.OnCall.PagerDuty;

/// <summary>The body of <c>GET /services/{id}</c>.</summary>
internal sealed record PagerDutyServiceResponse(PagerDutyService? Service);
