using System.Globalization;
using System.Net;

namespace Wayfinder.Catalog.GitHub;

/// <summary>Reads GitHub's rate-limit answers: <c>Retry-After</c> and <c>X-RateLimit-Remaining</c>/<c>X-RateLimit-Reset</c>.</summary>
internal static class RateLimitHeaders
{
    public static int? Remaining(HttpResponseMessage response) =>
        Header(response, "X-RateLimit-Remaining") is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>How long the response asks us to wait before trying again, or <c>null</c> when it is not a rate limit.</summary>
    public static TimeSpan? WaitFor(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta ?? (retryAfter.Date - now);
        }

        return Remaining(response) == 0
               && Header(response, "X-RateLimit-Reset") is { } reset
               && long.TryParse(reset, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) - now
            : null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
