namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>A <c>block_actions</c> payload (<c>POST /slack/action</c>, field <c>payload</c>): who clicked which button where.</summary>
internal sealed record SlackActionPayload
{
    public string? Type { get; init; }

    public SlackActionUser? User { get; init; }

    public SlackActionContainer? Container { get; init; }

    public SlackActionChannel? Channel { get; init; }

    public SlackActionMessage? Message { get; init; }

    public string? ResponseUrl { get; init; }

    public IReadOnlyList<SlackAction> Actions { get; init; } = [];
}

/// <summary>The user who clicked.</summary>
internal sealed record SlackActionUser(string? Id, string? TeamId);

/// <summary>Where the clicked message is.</summary>
internal sealed record SlackActionContainer(string? Type, string? MessageTs, string? ChannelId, bool IsEphemeral, string? ThreadTs);

/// <summary>The channel of the clicked message.</summary>
internal sealed record SlackActionChannel(string? Id);

/// <summary>The clicked message, with its blocks (to update it in place).</summary>
internal sealed record SlackActionMessage(string? Ts, string? ThreadTs, System.Text.Json.Nodes.JsonArray? Blocks = null);

/// <summary>One clicked element: which action and its (untrusted) value.</summary>
internal sealed record SlackAction(string? ActionId, string? BlockId, string? Value);
