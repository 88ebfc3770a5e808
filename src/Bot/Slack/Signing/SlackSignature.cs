using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wayfinder.Bot.Slack.Signing;

/// <summary>
/// Slack's request signature: <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> keyed with the
/// signing secret. Written here because no maintained .NET package offers it (it is a few lines over
/// <see cref="HMACSHA256"/>); comparison is constant-time.
/// </summary>
internal static class SlackSignature
{
    private const string Version = "v0";

    /// <summary>The signature Slack would send for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return $"{Version}={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>Why a request fails verification, or <see cref="SignatureCheck.Valid"/>.</summary>
    public static SignatureCheck Check(
        IReadOnlyList<string> secrets, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan window)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > window.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        var sent = Encoding.ASCII.GetBytes(signature);
        foreach (var secret in secrets)
        {
            var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp, body));
            if (CryptographicOperations.FixedTimeEquals(expected, sent))
            {
                return SignatureCheck.Valid;
            }
        }

        return SignatureCheck.Mismatch;
    }
}
