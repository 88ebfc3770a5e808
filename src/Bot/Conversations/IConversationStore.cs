namespace Wayfinder.Bot.Conversations;

/// <summary>Conversation references, kept so the bot can write to people first (onboarding nudges, proactive answers).</summary>
public interface IConversationStore
{
    /// <summary>Inserts or replaces the reference (and clears a revocation: the person is reachable again).</summary>
    Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken);

    /// <summary>The reference under <paramref name="key"/>, or <c>null</c>.</summary>
    Task<StoredConversation?> GetAsync(string platform, string key, CancellationToken cancellationToken);

    /// <summary>The newest reachable reference of the person with this email, or <c>null</c>.</summary>
    Task<StoredConversation?> FindByEmailAsync(string platform, string email, CancellationToken cancellationToken);

    /// <summary>Marks the reference unusable (the app was removed or the person blocked it).</summary>
    Task RevokeAsync(string platform, string key, CancellationToken cancellationToken);
}
