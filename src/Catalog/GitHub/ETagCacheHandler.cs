using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Conditional requests for GitHub: remembers each GET response that carries an <c>ETag</c>, sends
/// <c>If-None-Match</c> next time, and answers a 304 Not Modified with the remembered response (304s do not count
/// against the rate limit). Octokit has no documented conditional-request support, so this sits under it.
/// A request pinned to a commit (<c>?ref=</c> and a full SHA) asks for content that can never change, so its answer —
/// the file, or a 404 for a file that is not there — is kept and reused without asking again (files named by
/// Location entities are read this way). Other methods (the GraphQL POST) pass through.
/// </summary>
internal sealed partial class ETagCacheHandler : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, CachedResponse> _cache = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get || request.RequestUri is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var key = $"{request.RequestUri.AbsoluteUri} {request.Headers.Accept}";
        var pinned = PinnedToCommit().IsMatch(request.RequestUri.Query);
        if (_cache.TryGetValue(key, out var cached) && pinned)
        {
            return cached.ToResponse(request);
        }

        if (cached is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", cached.ETag);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
        {
            response.Dispose();
            return cached.ToResponse(request);
        }

        if ((response.StatusCode == HttpStatusCode.OK && response.Headers.ETag is not null)
            || (pinned && response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound))
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var entry = new CachedResponse(
                response.StatusCode, response.Headers.ETag?.ToString() ?? string.Empty, body, [.. response.Headers], [.. response.Content.Headers]);
            _cache[key] = entry;
            response.Dispose();
            return entry.ToResponse(request);
        }

        return response;
    }

    /// <summary>A <c>ref</c> query parameter naming a commit by its full SHA-1 or SHA-256.</summary>
    [GeneratedRegex("(?:^\\?|&)ref=(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})(?:&|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PinnedToCommit();

    /// <summary>A remembered response (a 200, or a 404 at a commit): its status, ETag, body and headers.</summary>
    private sealed record CachedResponse(
        HttpStatusCode Status,
        string ETag,
        byte[] Body,
        IReadOnlyList<KeyValuePair<string, IEnumerable<string>>> Headers,
        IReadOnlyList<KeyValuePair<string, IEnumerable<string>>> ContentHeaders)
    {
        public HttpResponseMessage ToResponse(HttpRequestMessage request)
        {
            var response = new HttpResponseMessage(Status) { RequestMessage = request, Content = new ByteArrayContent(Body) };
            foreach (var (name, values) in Headers)
            {
                response.Headers.TryAddWithoutValidation(name, values);
            }

            foreach (var (name, values) in ContentHeaders)
            {
                response.Content.Headers.TryAddWithoutValidation(name, values);
            }

            return response;
        }
    }
}
