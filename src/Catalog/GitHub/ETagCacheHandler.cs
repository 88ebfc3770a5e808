using System.Collections.Concurrent;
using System.Net;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Conditional requests for GitHub: remembers each GET response that carries an <c>ETag</c>, sends
/// <c>If-None-Match</c> next time, and answers a 304 Not Modified with the remembered response (304s do not count
/// against the rate limit). Octokit has no documented conditional-request support, so this sits under it.
/// </summary>
internal sealed class ETagCacheHandler : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, CachedResponse> _cache = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get || request.RequestUri is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var key = $"{request.RequestUri.AbsoluteUri} {request.Headers.Accept}";
        if (_cache.TryGetValue(key, out var cached))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", cached.ETag);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
        {
            response.Dispose();
            return cached.ToResponse(request);
        }

        if (response.StatusCode == HttpStatusCode.OK && response.Headers.ETag is { } etag)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var entry = new CachedResponse(etag.ToString(), body, [.. response.Headers], [.. response.Content.Headers]);
            _cache[key] = entry;
            response.Dispose();
            return entry.ToResponse(request);
        }

        return response;
    }

    /// <summary>A remembered 200 response: its ETag, body and headers.</summary>
    private sealed record CachedResponse(
        string ETag,
        byte[] Body,
        IReadOnlyList<KeyValuePair<string, IEnumerable<string>>> Headers,
        IReadOnlyList<KeyValuePair<string, IEnumerable<string>>> ContentHeaders)
    {
        public HttpResponseMessage ToResponse(HttpRequestMessage request)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(Body) };
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
