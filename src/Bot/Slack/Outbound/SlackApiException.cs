namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>Slack answered <c>{"ok": false, "error": "…"}</c> (or not JSON at all) to a Web API call.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string? Method { get; }

    /// <summary>Slack's error code, e.g. <c>channel_not_found</c>.</summary>
    public string? Error { get; }
}
