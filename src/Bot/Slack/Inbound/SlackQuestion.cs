namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>A question from Slack waiting to be answered, and where the answer goes.</summary>
/// <param name="Text">The question as typed (the mention is removed by the skills).</param>
/// <param name="UserId">Who asked.</param>
/// <param name="Channel">The channel or DM it was asked in.</param>
/// <param name="ThreadTs">The thread to answer in (channels); <c>null</c> for DMs.</param>
internal sealed record SlackQuestion(string Text, string UserId, string Channel, string? ThreadTs)
{
    /// <summary>The ref picked from an earlier answer's "which one?" buttons.</summary>
    public string? ChosenSubject { get; init; }

    /// <summary>The message to replace with the answer (a "which one?" message), instead of posting a new one.</summary>
    public string? ReplaceTs { get; init; }

    /// <summary>Where to send the answer instead of the Web API (slash commands and ephemeral messages), and how.</summary>
    public SlackResponse? Response { get; init; }
}
