namespace Wayfinder.Skills.OnCall;

/// <summary>A paging provider Wayfinder can ask who is on call.</summary>
public enum OnCallProvider
{
    /// <summary>PagerDuty, keyed by service id (<c>pagerduty.com/service-id</c>).</summary>
    PagerDuty,

    /// <summary>Opsgenie, keyed by team name (<c>opsgenie.com/team</c>).</summary>
    Opsgenie,
}
