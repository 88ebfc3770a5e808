namespace Wayfinder.Catalog.GitHub;

/// <summary>Counts of the requests sent to GitHub and the rate limit it last reported, for progress logs.</summary>
internal sealed class GitHubRequestStats
{
    private int _requests;
    private int _notModified;
    private int _remaining = -1;

    /// <summary>Requests sent, retries included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests answered 304 Not Modified (served from the ETag cache; free against the rate limit).</summary>
    public int NotModified => Volatile.Read(ref _notModified);

    /// <summary><c>X-RateLimit-Remaining</c> of the latest response, or -1 when none said.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    public void Record(HttpResponseMessage response)
    {
        Interlocked.Increment(ref _requests);
        if (response.StatusCode == System.Net.HttpStatusCode.NotModified)
        {
            Interlocked.Increment(ref _notModified);
        }

        if (RateLimitHeaders.Remaining(response) is { } remaining)
        {
            Volatile.Write(ref _remaining, remaining);
        }
    }
}
