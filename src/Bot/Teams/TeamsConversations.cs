using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Wayfinder.Bot.Conversations;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// Keeps Teams conversation references in the <see cref="IConversationStore"/>: a person's personal chat by tenant and
/// user object id (with their email), a channel or group chat by its conversation id. References are stored as the
/// SDK's own JSON and read back only here.
/// </summary>
internal sealed class TeamsConversations(IConversationStore store, ITeamsMemberDirectory members, TimeProvider time)
{
    public const string Platform = "teams";

    public async Task CaptureAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var personal = activity.Conversation?.ConversationType is null or "personal";
        var email = personal ? await members.EmailOfSenderAsync(turn, cancellationToken).ConfigureAwait(false) : null;
        var reference = JsonConvert.SerializeObject(activity.GetConversationReference());
        await store.SaveAsync(new StoredConversation(Platform, KeyOf(activity), reference, email, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    public Task RevokeAsync(ITurnContext turn, CancellationToken cancellationToken) => store.RevokeAsync(Platform, KeyOf(turn.Activity), cancellationToken);

    public static ConversationReference Read(StoredConversation stored) =>
        JsonConvert.DeserializeObject<ConversationReference>(stored.Reference) ?? throw new InvalidOperationException("Stored reference is empty.");

    /// <summary><c>tenant:user-object-id</c> for personal chats, <c>tenant:conversation-id</c> otherwise.</summary>
    public static string KeyOf(IActivity activity)
    {
        var tenant = activity.Conversation?.TenantId ?? "";
        return activity.Conversation?.ConversationType is null or "personal" && (activity.From?.AadObjectId ?? activity.From?.Id) is { } user
            ? $"{tenant}:{user}"
            : $"{tenant}:{activity.Conversation?.Id}";
    }
}
