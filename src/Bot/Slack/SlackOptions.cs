using System.ComponentModel.DataAnnotations;

namespace Wayfinder.Bot.Slack;

/// <summary>
/// Slack settings, section <c>Slack</c>. Slack switches on when a bot token and a way in are set: signing secrets for
/// HTTP events, or an app-level token for Socket Mode. Tokens and secrets come from the environment or user secrets
/// and are never logged.
/// </summary>
public sealed class SlackOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Slack";

    /// <summary>The app's signing secret (Basic Information → App Credentials). Default: none.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>More signing secrets accepted at once, for rotation. Default: none.</summary>
    public IList<string> SigningSecrets { get; } = [];

    /// <summary>The bot token, <c>xoxb-…</c>, for the Web API. Default: none.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app-level token, <c>xapp-…</c> with <c>connections:write</c>, for Socket Mode. Default: none.</summary>
    public string? AppToken { get; set; }

    /// <summary>The app's id (<c>A…</c>); when set, events for other apps are ignored. Default: none (not checked).</summary>
    public string? AppId { get; set; }

    /// <summary>Base URL of Slack's Web API. Default: <c>https://slack.com/api/</c>.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>The slash command, with its slash. Default: <c>/wayfinder</c>.</summary>
    [Required]
    [RegularExpression("^/[a-z0-9_-]{1,31}$", ErrorMessage = "Slack:SlashCommand must look like /wayfinder.")]
    public string SlashCommand { get; set; } = "/wayfinder";

    /// <summary>How far a request's timestamp may be from now. Default: 5 minutes, as Slack recommends.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "00:30:00")]
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Shortest gap between two messages to one channel (Slack: about one per second). Default: 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ChannelMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an event id or message is remembered to drop Slack's retries. Default: 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "2.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Questions waiting to be answered before new ones are refused (Slack then retries). Default: 1,000.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>Largest request body read, in bytes. Default: 1 MiB.</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Every signing secret accepted.</summary>
    public IReadOnlyList<string> AllSigningSecrets =>
        [.. new[] { SigningSecret }.Concat(SigningSecrets).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>True when HTTP events can be verified and answered.</summary>
    public bool HttpEnabled => AllSigningSecrets.Count > 0 && !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>True when Socket Mode can connect and answer.</summary>
    public bool SocketModeEnabled => !string.IsNullOrWhiteSpace(AppToken) && !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The settings missing for Slack to start, for the one log line that says so.</summary>
    public IReadOnlyList<string> Missing()
    {
        if (HttpEnabled || SocketModeEnabled)
        {
            return [];
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(BotToken))
        {
            missing.Add("Slack:BotToken");
        }

        if (AllSigningSecrets.Count == 0 && string.IsNullOrWhiteSpace(AppToken))
        {
            missing.Add("Slack:SigningSecret (HTTP events) or Slack:AppToken (Socket Mode)");
        }

        return missing;
    }
}
