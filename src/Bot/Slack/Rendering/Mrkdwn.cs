namespace Wayfinder.Bot.Slack.Rendering;

/// <summary>Slack's mrkdwn escaping: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> only, so nothing from users or the catalog becomes a mention, link or command.</summary>
internal static class Mrkdwn
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>At most <paramref name="max"/> characters, ending in "…" when cut.</summary>
    public static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
