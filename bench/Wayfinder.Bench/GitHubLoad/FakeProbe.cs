using System.Diagnostics;
using System.Net.Http.Headers;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>
/// The fake's own cost per request: the median round trip of requests for the first list page sent straight to it
/// (latency included), unconditional (a 200 with 100 repositories) and conditional (a 304). With thousands of
/// mappings WireMock matches every request against all of them, so this is far from free.
/// </summary>
internal static class FakeProbe
{
    private const int Samples = 11;

    public static async Task<(TimeSpan Ok, TimeSpan NotModified)> RoundTripsAsync(FakeGitHub fake, string organization, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = fake.BaseUrl };
        var path = $"orgs/{organization}/repos?per_page=100";
        using var first = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        var etag = first.Headers.ETag ?? throw new InvalidOperationException("the fake's list page has no ETag");
        var ok = await MedianAsync(http, path, null, cancellationToken).ConfigureAwait(false);
        var notModified = await MedianAsync(http, path, etag, cancellationToken).ConfigureAwait(false);
        return (ok, notModified);
    }

    /// <summary>
    /// Requests every list page straight from the fake, twice, after it was (re)mapped: WireMock's first requests after
    /// mapping are many times slower than later ones (seconds for the first list), a cost of the fake, not of discovery.
    /// </summary>
    public static async Task WarmUpAsync(FakeGitHub fake, string organization, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = fake.BaseUrl };
        for (var pass = 0; pass < 2; pass++)
        {
            for (var page = 1; ; page++)
            {
                using var response = await http.GetAsync($"orgs/{organization}/repos?per_page=100&page={page}", cancellationToken).ConfigureAwait(false);
                if (!response.Headers.Contains("Link") || response.Headers.GetValues("Link").All(l => !l.Contains("rel=\"next\"", StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }
    }

    private static async Task<TimeSpan> MedianAsync(HttpClient http, string path, EntityTagHeaderValue? etag, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < Samples; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (etag is not null)
            {
                request.Headers.IfNoneMatch.Add(etag);
            }

            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            _ = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            times.Add(clock.Elapsed);
        }

        return times.Order().ElementAt(times.Count / 2);
    }
}
