using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Wayfinder.Bench.SlackLoad;

/// <summary>A signed <c>app_mention</c> event, as Slack would POST it; each with its own event id, channel and thread.</summary>
internal static class SignedMention
{
    private static readonly string[] Questions =
        ["who owns {0}", "runbook for {0}", "who is on call for {0}", "docs for {0}", "what depends on {0}"];

    public static HttpRequestMessage Create(int index, string subject, string secret)
    {
        var ts = $"1700000000.{index:D6}";
        var text = string.Format(CultureInfo.InvariantCulture, Questions[index % Questions.Length], subject);
        var body = new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = "T0001", ["api_app_id"] = "A0001", ["event_id"] = $"Ev{index}", ["event_time"] = 1700000000,
            ["event"] = new JsonObject
            {
                ["type"] = "app_mention", ["user"] = "U0001", ["text"] = $"<@U0BOT> {text}", ["ts"] = ts, ["event_ts"] = ts,
                ["channel"] = string.Create(CultureInfo.InvariantCulture, $"C{index % 500:D4}"),
            },
        }.ToJsonString();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "slack/event") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }

    public static string Thread(int index) => $"1700000000.{index:D6}";
}
