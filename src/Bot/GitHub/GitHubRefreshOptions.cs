using System.ComponentModel.DataAnnotations;
using Wayfinder.Bot.Scheduling;

namespace Wayfinder.Bot.GitHub;

/// <summary>Keeping the catalog fresh from GitHub, section <c>GitHub</c>: a refresh schedule and the push webhook.</summary>
public sealed class GitHubRefreshOptions
{
    public const string Section = "GitHub";

    /// <summary>
    /// When the catalog is reloaded while GitHub organisations are configured: a Quartz cron expression (seconds first),
    /// in UTC; empty or <c>-</c> for never. Default: every 15 minutes. Unchanged repositories cost only <c>304</c>s.
    /// </summary>
    [QuartzCron(Section)]
    public string? RefreshCron { get; set; } = "0 */15 * * * ?";

    /// <summary>
    /// The secret of the organisation's webhook (<c>POST /github/webhook</c>, <c>X-Hub-Signature-256</c>). Default: none,
    /// and the endpoint is not served. Secret: from the environment or user-secrets.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The largest webhook body read, in bytes. Default: 25 MiB, GitHub's own cap.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxWebhookBytes { get; set; } = 25 * 1024 * 1024;
}
