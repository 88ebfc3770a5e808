using Newtonsoft.Json.Linq;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// The data of a "which one?" <c>Action.Submit</c>: the original question and the picked ref. A click comes back as a
/// message activity whose <c>value</c> is this object; the ref is untrusted and looked up again.
/// </summary>
internal sealed record TeamsChoice(string Question, string Ref)
{
    public const string Verb = "pick";
    private const int MaxQuestion = 1_500;

    public static string Shorten(string question) => question.Length > MaxQuestion ? question[..MaxQuestion] : question;

    /// <summary>The choice in an activity's <c>value</c>, or <c>null</c> when it is not one of ours.</summary>
    public static TeamsChoice? From(object? value) =>
        value is JObject data
        && data.Value<string>("verb") == Verb
        && data.Value<string>("question") is { Length: > 0 } question
        && data.Value<string>("ref") is { Length: > 0 } picked
            ? new TeamsChoice(question, picked)
            : null;
}
