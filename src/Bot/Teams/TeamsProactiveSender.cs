using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.Bot.Schema;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// Writes to a person or chat first, from a stored reference (<c>ContinueConversationAsync</c>). When Teams answers 403
/// (the app was removed or the person blocked it) the reference is revoked and the send reported as refused, never
/// retried.
/// </summary>
internal sealed partial class TeamsProactiveSender(
    CloudAdapter adapter, IConversationStore store, IOptions<TeamsOptions> options, ILogger<TeamsProactiveSender> logger)
{
    /// <summary>Sends <paramref name="answer"/> as a card; false when there is no usable reference or Teams refused.</summary>
    public async Task<bool> SendAsync(StoredConversation conversation, Answer answer, CancellationToken cancellationToken) =>
        await SendCardAsync(conversation, AdaptiveCardRenderer.Render(answer, answer.Text), cancellationToken).ConfigureAwait(false) == NudgeDelivery.Delivered;

    /// <summary>Sends a card: delivered, impossible (no reference, or 403: removed or blocked), or worth retrying later.</summary>
    public async Task<NudgeDelivery> SendCardAsync(StoredConversation conversation, Attachment card, CancellationToken cancellationToken)
    {
        if (conversation.Revoked)
        {
            return NudgeDelivery.Impossible;
        }

        try
        {
            await adapter.ContinueConversationAsync(
                options.Value.MicrosoftAppId ?? string.Empty,
                TeamsConversations.Read(conversation),
                (turn, ct) => turn.SendActivityAsync(MessageFactory.Attachment(card), ct),
                cancellationToken).ConfigureAwait(false);
            return NudgeDelivery.Delivered;
        }
        catch (ErrorResponseException e) when (e.Response?.StatusCode == HttpStatusCode.Forbidden)
        {
            await store.RevokeAsync(conversation.Platform, conversation.Key, cancellationToken).ConfigureAwait(false);
            LogBlocked(logger, conversation.Key);
            return NudgeDelivery.Impossible;
        }
        catch (Exception e) when (e is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException
                                      or Polly.CircuitBreaker.BrokenCircuitException or TimeoutException)
        {
            return NudgeDelivery.RetryLater;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams refused a message to {Key} (403: app removed or blocked); reference revoked")]
    private static partial void LogBlocked(ILogger logger, string key);
}
