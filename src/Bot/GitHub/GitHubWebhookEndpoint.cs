using System.Text.Json;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.Api;

namespace Wayfinder.Bot.GitHub;

/// <summary>
/// <c>POST /github/webhook</c>: the organisation's webhook. The raw body is verified (<c>X-Hub-Signature-256</c>) before
/// anything reads it; a bad or missing signature, or a body over the limit, is a 401 with nothing in it. A push to a
/// repository's default branch and a repository event (created, deleted, archived, renamed, …) ask for a catalog reload,
/// answered 202 at once; <c>ping</c> is answered 200; anything else 204.
/// </summary>
internal static partial class GitHubWebhookEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request, IOptions<GitHubRefreshOptions> options, CatalogRefresher refresher, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(GitHubWebhookEndpoint));
        var body = await RawBody.ReadAsync(request, options.Value.MaxWebhookBytes, cancellationToken).ConfigureAwait(false);
        var delivery = request.Headers["X-GitHub-Delivery"].ToString();
        if (body is null || !GitHubSignature.IsValid(options.Value.WebhookSecret!, request.Headers["X-Hub-Signature-256"].ToString(), body))
        {
            LogRefused(logger, delivery, body is null ? "body over the limit" : "signature missing or wrong");
            return Results.Unauthorized();
        }

        var name = request.Headers["X-GitHub-Event"].ToString();
        bool changes;
        try
        {
            changes = Changes(name, body);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        LogReceived(logger, name, delivery, changes);
        if (name == "ping")
        {
            return Results.Text("pong", "text/plain");
        }

        if (!changes)
        {
            return Results.NoContent();
        }

        refresher.Request($"GitHub {name} {delivery}");
        return Results.Accepted();
    }

    /// <summary>True when the event can change what the catalog holds.</summary>
    private static bool Changes(string name, byte[] body)
    {
        using var payload = JsonDocument.Parse(body);
        var root = payload.RootElement;
        return name switch
        {
            "push" => root.TryGetProperty("ref", out var pushed) && root.TryGetProperty("repository", out var repository)
                      && repository.TryGetProperty("default_branch", out var branch)
                      && pushed.GetString() == $"refs/heads/{branch.GetString()}",
            "repository" => true,
            _ => false,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a GitHub webhook delivery {Delivery}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string delivery, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "GitHub {Event} delivery {Delivery}; catalog refresh asked: {Changes}")]
    private static partial void LogReceived(ILogger logger, string @event, string delivery, bool changes);
}
