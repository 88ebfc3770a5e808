namespace Wayfinder.Bot.OnCall.PagerDuty;

/// <summary>One on-call entry: who, on which level of the escalation policy, from which schedule, until when.</summary>
internal sealed record PagerDutyOnCall(int EscalationLevel, PagerDutyUser? User, PagerDutyReference? Schedule, DateTimeOffset? End);
