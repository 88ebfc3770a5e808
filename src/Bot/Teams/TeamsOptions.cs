namespace Wayfinder.Bot.Teams;

/// <summary>
/// Microsoft Teams settings, section <c>Teams</c> (the Bot Framework's own keys, read by its authentication).
/// Teams is on with an app id (inbound tokens validated as Bot Framework requires), or with <see cref="Enabled"/> and
/// no app id: anonymous local mode for the Bot Framework Emulator and tests, logged loudly.
/// </summary>
public sealed class TeamsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Teams";

    /// <summary>Switches Teams on without an app id (anonymous local mode). Default: false.</summary>
    public bool Enabled { get; set; }

    /// <summary>The Azure Bot's app id. Default: none.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Its client secret. Default: none. Secret.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant, for <c>SingleTenant</c> apps. Default: none.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>SingleTenant</c>, <c>MultiTenant</c> or <c>UserAssignedMsi</c>. Default: Bot Framework's (<c>MultiTenant</c>).</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>True when inbound requests must carry a valid Bot Framework token.</summary>
    public bool Authenticated => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>True when <c>/api/messages</c> is served.</summary>
    public bool On => Authenticated || Enabled;
}
