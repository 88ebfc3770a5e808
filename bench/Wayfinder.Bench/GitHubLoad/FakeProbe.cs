using System.Diagnostics;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>
/// The fake's own cost per request: the median round trip of a conditional request for the first list page (a 304),
/// sent straight to it, latency included. With thousands of mappings WireMock matches every request against all of them.
/// </summary>
internal static class FakeProbe
{
    public static async Task<TimeSpan> RoundTripAsync(FakeGitHub fake, string organization, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = fake.BaseUrl };
        var path = $"orgs/{organization}/repos?per_page=100";
        using var first = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        var etag = first.Headers.ETag ?? throw new InvalidOperationException("the fake's list page has no ETag");
        var times = new List<TimeSpan>();
        for (var i = 0; i < 21; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.IfNoneMatch.Add(etag);
            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            times.Add(clock.Elapsed);
        }

        return times.Order().ElementAt(times.Count / 2);
    }
}
