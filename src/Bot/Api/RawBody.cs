namespace Wayfinder.Bot.Api;

/// <summary>
/// A request's body as sent, read up to a limit before anything parses it: signed webhooks (Slack, GitHub) are verified
/// over these exact bytes.
/// </summary>
internal static class RawBody
{
    /// <summary>The body, or <c>null</c> when it is (or says it is) larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
