namespace Wayfinder.Bot.Slack;

/// <summary>Which Slack transports are on, decided once from configuration at start-up.</summary>
/// <param name="Http">HTTP events (<c>/slack/*</c>) are served.</param>
/// <param name="SocketMode">Socket Mode connects.</param>
/// <param name="Missing">The settings that would switch Slack on, when it is off.</param>
internal sealed record SlackStatus(bool Http, bool SocketMode, IReadOnlyList<string> Missing)
{
    public bool Enabled => Http || SocketMode;

    /// <summary>The missing settings as one phrase, for the log.</summary>
    public string MissingText { get; } = string.Join(" and ", Missing);
}
