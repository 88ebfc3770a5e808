using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.Slack.Rendering;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>
/// The slash command (<c>/wayfinder who owns artist-lookup</c>), answered in the immediate response — answers take well
/// under a millisecond, far inside Slack's 3 seconds. Only the asker sees it, with a "Share in channel" button;
/// <c>/wayfinder share …</c> answers for everyone at once. An empty command shows the help.
/// </summary>
internal sealed class SlackCommandHandler(IQuestionAnswerer answerer, IOptions<SlackOptions> options)
{
    private const string SharePrefix = "share ";

    public async Task<JsonObject> HandleAsync(IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var command = fields.GetValueOrDefault("command");
        if (!string.Equals(command, options.Value.SlashCommand, StringComparison.OrdinalIgnoreCase))
        {
            return Ephemeral($"This app answers {options.Value.SlashCommand}, not {command}.");
        }

        var text = fields.GetValueOrDefault("text")?.Trim() ?? string.Empty;
        var share = text.StartsWith(SharePrefix, StringComparison.OrdinalIgnoreCase);
        text = share ? text[SharePrefix.Length..].Trim() : text;
        var question = new Question(text.Length == 0 ? "help" : text)
        {
            Asker = fields.GetValueOrDefault("user_id"),
            Conversation = fields.GetValueOrDefault("channel_id"),
        };
        var answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        var message = BlockKitRenderer.Render(answer, question.Text, offerShare: !share);
        return new JsonObject
        {
            ["response_type"] = share ? "in_channel" : "ephemeral",
            ["text"] = message.Text,
            ["blocks"] = message.Blocks,
        };
    }

    private static JsonObject Ephemeral(string text) => new() { ["response_type"] = "ephemeral", ["text"] = text };
}
