using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wayfinder.Skills.Answers;

/// <summary>Source-generated serializer metadata for <see cref="Answer"/> (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Answer))]
public sealed partial class AnswerJsonContext : JsonSerializerContext
{
    /// <summary>The same contract, indented.</summary>
    public static AnswerJsonContext Indented { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
}
