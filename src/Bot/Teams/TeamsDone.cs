using Newtonsoft.Json.Linq;

namespace Wayfinder.Bot.Teams;

/// <summary>The data of a nudge's Done button: the enrolment and its steps (untrusted when it comes back).</summary>
internal sealed record TeamsDone(string Enrollment, IReadOnlyList<string> Steps)
{
    public const string Verb = "done";

    public static TeamsDone? From(object? value) =>
        value is JObject data && data.Value<string>("verb") == Verb && data.Value<string>("enrollment") is { Length: > 0 } enrollment
        && data["steps"] is JArray steps
            ? new TeamsDone(enrollment, [.. steps.Values<string>().OfType<string>()])
            : null;
}
