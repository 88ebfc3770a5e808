namespace Wayfinder.Bot.Conversations;

/// <summary>
/// Commands chat platforms try before a message is treated as a question (onboarding: <c>onboard @jane …</c>,
/// <c>my onboarding</c>). Slack and Teams ask every registered set, in order.
/// </summary>
public interface IChatCommands
{
    /// <summary>The reply when <paramref name="text"/> is one of these commands, or <c>null</c> when it is not.</summary>
    Task<string?> TryAnswerAsync(string text, ChatAsker asker, CancellationToken cancellationToken);
}
