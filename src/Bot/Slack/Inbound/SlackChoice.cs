using System.Text.Json;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>
/// What a button carries: the original question and, for "which one?" buttons, the entity ref picked. Buttons hold at
/// most 2,000 characters, so the question is cut to <see cref="MaxQuestionLength"/>. Values come back untrusted: the
/// ref is looked up again in the catalog before it is used.
/// </summary>
internal sealed record SlackChoice(string Question, string? Subject)
{
    public const int MaxQuestionLength = 1_500;

    public string ToValue() => JsonSerializer.Serialize(
        this with { Question = Question.Length > MaxQuestionLength ? Question[..MaxQuestionLength] : Question }, SlackJsonContext.Default.SlackChoice);

    /// <summary>The choice in a button value, or <c>null</c> when the value is not one of ours.</summary>
    public static SlackChoice? FromValue(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 2_000)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(value, SlackJsonContext.Default.SlackChoice) is { Question.Length: > 0 } choice ? choice : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
