using System.Security.Cryptography;
using System.Text;

namespace Wayfinder.Bot.GitHub;

/// <summary>
/// GitHub's webhook signature: <c>X-Hub-Signature-256: sha256=</c> + hex HMAC-SHA256 of the raw body keyed with the
/// webhook secret. Written here because no maintained .NET package in our source offers it (a few lines over
/// <see cref="HMACSHA256"/>); the comparison is constant-time.
/// </summary>
internal static class GitHubSignature
{
    private const string Prefix = "sha256=";

    /// <summary>The header value GitHub would send for <paramref name="body"/>.</summary>
    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static bool IsValid(string secret, string? header, ReadOnlySpan<byte> body) =>
        !string.IsNullOrEmpty(header)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header));
}
