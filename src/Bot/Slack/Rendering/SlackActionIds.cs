namespace Wayfinder.Bot.Slack.Rendering;

/// <summary>The <c>action_id</c>s of Wayfinder's buttons; <c>/slack/action</c> routes on them.</summary>
internal static class SlackActionIds
{
    /// <summary>A "which one?" choice: the value is a <c>SlackChoice</c> with the picked ref.</summary>
    public const string Pick = "wayfinder.pick";

    /// <summary>"Share in channel" under an answer only the asker sees.</summary>
    public const string Share = "wayfinder.share";

    /// <summary>An onboarding nudge's Done button: the value is a <c>SlackDone</c>.</summary>
    public const string Done = "wayfinder.done";

    /// <summary>A link button (Slack still sends a click; nothing to do).</summary>
    public const string Link = "wayfinder.link";
}
