namespace Wayfinder.Bot.OnCall;

/// <summary>PagerDuty's REST API, section <c>OnCall:PagerDuty</c>.</summary>
public sealed class PagerDutyOptions
{
    /// <summary>Base URL of the REST API. Default: <c>https://api.pagerduty.com</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.pagerduty.com");

    /// <summary>A REST API key (read-only is enough), sent as <c>Authorization: Token token=…</c>. Default: none (PagerDuty is not asked).</summary>
    public string? Token { get; set; }

    /// <summary>Whether PagerDuty is asked.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Token);
}
