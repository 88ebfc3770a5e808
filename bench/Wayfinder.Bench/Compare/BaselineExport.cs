using System.Text.Json;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bench.Compare;

/// <summary>
/// Writes the Lunr baseline's inputs: <c>entities.jsonl</c> (every entity but Locations, as Backstage's collator
/// indexes them) and <c>questions.jsonl</c> (<c>{"id":1,"text":"…"}</c>).
/// </summary>
internal static class BaselineExport
{
    public const string EntitiesFile = "entities.jsonl";
    public const string QuestionsFile = "questions.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write(string folder, CatalogSnapshot snapshot, IEnumerable<CompareQuestion> questions)
    {
        Directory.CreateDirectory(folder);
        using (var entities = new StreamWriter(Path.Combine(folder, EntitiesFile)))
        {
            foreach (var entity in snapshot.Entities.Where(e => e.Ref.Kind != KnownKinds.Location))
            {
                entities.WriteLine(JsonSerializer.Serialize(Document(entity), Json));
            }
        }

        using var lines = new StreamWriter(Path.Combine(folder, QuestionsFile));
        foreach (var question in questions)
        {
            lines.WriteLine(JsonSerializer.Serialize(new { id = question.Id, text = question.Text }, Json));
        }
    }

    private static BaselineDocument Document(Entity entity)
    {
        var type = entity.Type ?? "other";
        return new BaselineDocument(entity.Ref.ToString(), entity.Metadata.Title ?? entity.Metadata.Name, entity.Metadata.Description ?? string.Empty,
            type, type, entity.Metadata.Namespace, entity.Kind, entity.Lifecycle ?? string.Empty, entity.Spec.Text("owner") ?? string.Empty);
    }
}
