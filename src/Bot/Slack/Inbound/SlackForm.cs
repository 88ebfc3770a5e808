using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>Reads a verified <c>application/x-www-form-urlencoded</c> body (slash commands, interactivity).</summary>
internal static class SlackForm
{
    public static Dictionary<string, string> Parse(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}
