using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Health;
using Wayfinder.Bot.Slack.Outbound;
using Wayfinder.Bot.Slack.Rendering;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>
/// Answers queued questions (once the first catalog is loaded) and hands the replies to the <see cref="SlackOutbox"/>: in the question's thread in
/// channels, in the DM otherwise, or in place of the "which one?" message a button was clicked on.
/// </summary>
internal sealed partial class SlackQuestionWorker(
    SlackQuestionQueue queue,
    IQuestionAnswerer answerer,
    ICatalog catalog,
    SlackOutbox outbox,
    SlackResponseSender responses,
    SlackPeople people,
    SlackIdentityCache identity,
    IEnumerable<IChatCommands> commands,
    TimeProvider time,
    ILogger<SlackQuestionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Questions that arrive while the first catalog loads wait in the queue rather than get "I don't know".
        await CatalogWait.UntilLoadedAsync(catalog, time, stoppingToken).ConfigureAwait(false);

        await foreach (var question in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                if (await CommandReplyAsync(question, stoppingToken).ConfigureAwait(false) is { } reply)
                {
                    var text = new SlackMessage(reply, [new System.Text.Json.Nodes.JsonObject
                    {
                        ["type"] = "section",
                        ["text"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Truncate(Mrkdwn.Escape(reply), 3_000) },
                    }]);
                    outbox.Enqueue(new SlackDelivery(question.Channel, (api, ct) => Send(api, question, text, ct)));
                    continue;
                }

                var answer = await answerer.AnswerAsync(new Question(question.Text)
                {
                    Asker = question.UserId,
                    Conversation = question.Channel,
                    ChosenSubject = question.ChosenSubject,
                }, stoppingToken).ConfigureAwait(false);
                var message = BlockKitRenderer.Render(answer, question.Text, offerShare: question.Response is { InChannel: false });
                outbox.Enqueue(new SlackDelivery(question.Channel, (api, ct) => Send(api, question, message, ct)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One boundary per entry point: a failure answers nothing but never stops the worker.
                LogAnswerFailed(logger, question.Channel, e);
            }
        }
    }

    /// <summary>The reply when the message is a chat command (onboarding), with the bot's own mention removed first.</summary>
    private async Task<string?> CommandReplyAsync(SlackQuestion question, CancellationToken cancellationToken)
    {
        var text = identity.Current is { } me ? question.Text.Replace($"<@{me.UserId}>", " ", StringComparison.Ordinal) : question.Text;
        var asker = new ChatAsker(await people.EmailOfAsync(question.UserId, cancellationToken).ConfigureAwait(false), people.EmailOfAsync);
        foreach (var set in commands)
        {
            if (await set.TryAnswerAsync(text.Trim(), asker, cancellationToken).ConfigureAwait(false) is { } reply)
            {
                return reply;
            }
        }

        return null;
    }

    private Task Send(SlackApiClient api, SlackQuestion question, SlackMessage message, CancellationToken cancellationToken) => question switch
    {
        { Response: { } response } => responses.SendAsync(response, message, cancellationToken),
        { ReplaceTs: { } ts } => api.UpdateAsync(question.Channel, ts, message, cancellationToken),
        _ => api.PostMessageAsync(question.Channel, message, question.ThreadTs, cancellationToken),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a Slack question in {Channel} failed")]
    private static partial void LogAnswerFailed(ILogger logger, string channel, Exception exception);
}
