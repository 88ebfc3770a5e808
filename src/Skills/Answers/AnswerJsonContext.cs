using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wayfinder.Skills.Answers;

/// <summary>Source-generated serializer metadata for <see cref="Answer"/> (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Answer))]
public sealed partial class AnswerJsonContext : JsonSerializerContext
{
    /// <summary>
    /// For terminals and files: quotes, apostrophes and accents written as themselves rather than <c>\u0027</c>
    /// (the relaxed encoder is for JSON read as JSON, never pasted into HTML).
    /// </summary>
    public static AnswerJsonContext Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>As <see cref="Readable"/>, indented.</summary>
    public static AnswerJsonContext Indented { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
