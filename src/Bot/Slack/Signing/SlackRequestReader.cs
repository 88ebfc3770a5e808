using Microsoft.Extensions.Options;
using Wayfinder.Bot.Api;

namespace Wayfinder.Bot.Slack.Signing;

/// <summary>
/// Reads a request's raw body (up to <see cref="SlackOptions.MaxRequestBytes"/>) and verifies its signature before
/// anything parses it: the MAC covers the bytes as sent, form encoding included.
/// </summary>
internal sealed partial class SlackRequestReader(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackRequestReader> logger)
{
    /// <summary>The verified body, or <c>null</c> when the request must be refused with 401.</summary>
    public async Task<byte[]?> ReadVerifiedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = await RawBody.ReadAsync(request, settings.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        var check = body is null
            ? SignatureCheck.TooLarge
            : SlackSignature.Check(
                settings.AllSigningSecrets,
                request.Headers["X-Slack-Request-Timestamp"].ToString(),
                request.Headers["X-Slack-Signature"].ToString(),
                body,
                time.GetUtcNow(),
                settings.SignatureWindow);
        if (check != SignatureCheck.Valid)
        {
            LogRefused(logger, request.Path, check);
            return null;
        }

        return body;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unverified Slack request to {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, PathString path, SignatureCheck reason);
}
