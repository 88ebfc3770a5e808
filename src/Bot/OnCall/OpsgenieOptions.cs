namespace Wayfinder.Bot.OnCall;

/// <summary>Opsgenie's REST API, section <c>OnCall:Opsgenie</c>.</summary>
public sealed class OpsgenieOptions
{
    /// <summary>Base URL of the REST API (<c>https://api.eu.opsgenie.com</c> for the EU instance). Default: <c>https://api.opsgenie.com</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.opsgenie.com");

    /// <summary>An API integration's key, sent as <c>Authorization: GenieKey …</c>. Default: none (Opsgenie is not asked).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The web app, e.g. <c>https://acme.app.opsgenie.com</c>, for a "who is on call" link. Default: none (no link).</summary>
    public Uri? WebUrl { get; set; }

    /// <summary>Whether Opsgenie is asked.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(ApiKey);
}
