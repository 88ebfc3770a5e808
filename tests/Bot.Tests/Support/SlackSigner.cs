using System.Security.Cryptography;
using System.Text;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>Builds requests signed the way Slack signs them (computed here independently of the bot's code).</summary>
internal static class SlackSigner
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static HttpRequestMessage Json(string path, string json, string secret = Secret, DateTimeOffset? at = null) =>
        Signed(path, json, "application/json", secret, at);

    public static HttpRequestMessage Form(string path, IEnumerable<KeyValuePair<string, string>> fields, string secret = Secret, DateTimeOffset? at = null) =>
        Signed(path, string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")), "application/x-www-form-urlencoded", secret, at);

    public static string Signature(string secret, string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    private static HttpRequestMessage Signed(string path, string body, string contentType, string secret, DateTimeOffset? at)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Signature(secret, timestamp, body));
        return request;
    }
}
