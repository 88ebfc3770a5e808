namespace Wayfinder.Skills.OnCall;

/// <summary>Where to ask who is on call: a provider and its key from the catalog's annotation.</summary>
/// <param name="Provider">The paging provider.</param>
/// <param name="Key">PagerDuty service id or Opsgenie team name.</param>
public sealed record OnCallRoute(OnCallProvider Provider, string Key)
{
    /// <summary>The provider's name as people write it.</summary>
    public string ProviderName => Provider == OnCallProvider.PagerDuty ? "PagerDuty" : "Opsgenie";
}
