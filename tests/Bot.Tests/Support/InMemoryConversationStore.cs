using System.Collections.Concurrent;
using Wayfinder.Bot.Conversations;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>A hand-written <see cref="IConversationStore"/> for tests that do not need the SQLite file.</summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    public ConcurrentDictionary<(string Platform, string Key), StoredConversation> Saved { get; } = new();

    public Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken)
    {
        Saved[(conversation.Platform, conversation.Key)] = conversation with { Revoked = false };
        return Task.CompletedTask;
    }

    public Task<StoredConversation?> GetAsync(string platform, string key, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.GetValueOrDefault((platform, key)));

    public Task<StoredConversation?> FindByEmailAsync(string platform, string email, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.Values.Where(c => c.Platform == platform && c.Email == email && !c.Revoked).MaxBy(c => c.UpdatedAt));

    public Task RevokeAsync(string platform, string key, CancellationToken cancellationToken)
    {
        if (Saved.TryGetValue((platform, key), out var found))
        {
            Saved[(platform, key)] = found with { Revoked = true };
        }

        return Task.CompletedTask;
    }
}
