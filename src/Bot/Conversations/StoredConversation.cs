namespace Wayfinder.Bot.Conversations;

/// <summary>
/// How to reach a person or a chat again later: the platform's conversation reference as opaque JSON, keyed by
/// platform and a stable id (a Teams tenant and user object id, or a conversation id).
/// </summary>
/// <param name="Platform">E.g. <c>teams</c>.</param>
/// <param name="Key">Stable id within the platform.</param>
/// <param name="Reference">The platform's own reference, serialised by its adapter; never read elsewhere.</param>
/// <param name="Email">The person's email when known (lower-case), to find them from the catalog.</param>
/// <param name="UpdatedAt">When it was last captured.</param>
/// <param name="Revoked">True once the platform said the bot may no longer write there (uninstalled, blocked).</param>
public sealed record StoredConversation(string Platform, string Key, string Reference, string? Email, DateTimeOffset UpdatedAt, bool Revoked = false);
