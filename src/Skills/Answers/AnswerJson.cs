using System.Text.Json;

namespace Wayfinder.Skills.Answers;

/// <summary>The JSON form of an <see cref="Answer"/>: camelCase, every field present (empty lists, <c>null</c> subject).</summary>
public static class AnswerJson
{
    /// <summary>One answer as compact JSON (one line, as <c>ask</c> writes in batch mode).</summary>
    public static string Serialize(Answer answer) => JsonSerializer.Serialize(answer, AnswerJsonContext.Readable.Answer);

    /// <summary>One answer as indented JSON, for people reading a terminal.</summary>
    public static string SerializeIndented(Answer answer) => JsonSerializer.Serialize(answer, AnswerJsonContext.Indented.Answer);

    /// <summary>Reads an answer back (tests and clients).</summary>
    public static Answer? Deserialize(string json) => JsonSerializer.Deserialize(json, AnswerJsonContext.Default.Answer);
}
