using Microsoft.Extensions.Logging;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Waits out GitHub's rate limits: a 403 or 429 with <c>Retry-After</c> (secondary limits) or with
/// <c>X-RateLimit-Remaining: 0</c> (primary limit, until <c>X-RateLimit-Reset</c>), then tries again. Waits longer than
/// <see cref="GitHubOptions.MaxRateLimitWait"/> are not waited: the response goes back and the load fails.
/// </summary>
internal sealed partial class RateLimitHandler(GitHubOptions options, GitHubRequestStats stats, TimeProvider time, ILogger logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            stats.Record(response);
            var wait = RateLimitHeaders.WaitFor(response, time.GetUtcNow());
            if (wait is null || attempt >= options.MaxRateLimitRetries || wait > options.MaxRateLimitWait)
            {
                return response;
            }

            var delay = wait.Value < TimeSpan.Zero ? TimeSpan.Zero : wait.Value;
            LogWaiting(logger, (int)response.StatusCode, delay.TotalSeconds, request.RequestUri?.AbsolutePath);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GitHub rate limit ({Status}): waiting {Seconds:F0} s before retrying {Path}")]
    private static partial void LogWaiting(ILogger logger, int status, double seconds, string? path);
}
