using Lucene.Net.Documents;
using Lucene.Net.Index;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Catalog.Indexing;

/// <summary>Builds the Lucene document of one entity from a snapshot (so owner and system names can be searched too).</summary>
internal static class EntityDocumentBuilder
{
    /// <summary>Exact values: indexed one term per line, no positions, no norms.</summary>
    private static readonly FieldType ExactType = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>Key trigrams: no positions, but norms, so that among candidates sharing grams the shorter keys rank first.</summary>
    private static readonly FieldType GramType = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = false,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    public static Document Build(Entity entity, int ordinal, CatalogSnapshot snapshot)
    {
        var metadata = entity.Metadata;
        var document = new Document { new NumericDocValuesField(IndexFields.Ordinal, ordinal) };
        var names = new List<string> { metadata.Name };
        names.AddRange(entity.Aliases);
        var titles = new[] { metadata.Title, entity.Profile.DisplayName };

        // Keys: the spelling-insensitive form of every name; searches look the whole text up this way.
        var keys = TypoMatcher.KeysOf(entity).ToList();
        AddExact(document, IndexFields.Key, keys);
        document.Add(new Field(IndexFields.KeyGrams, TypoMatcher.GramText(keys), GramType));
        AddText(document, IndexFields.Name, string.Join('\n', names));
        AddText(document, IndexFields.Title, string.Join('\n', titles.OfType<string>()));
        AddText(document, IndexFields.Text, DescriptiveText(entity, snapshot));
        AddFilters(document, entity, snapshot);
        return document;
    }

    private static string DescriptiveText(Entity entity, CatalogSnapshot snapshot)
    {
        var parts = new List<string?> { entity.Metadata.Description, entity.Kind, entity.Type, entity.Lifecycle, entity.Profile.Email };
        parts.AddRange(entity.Metadata.Tags);
        parts.AddRange(entity.Metadata.Links.Select(l => l.Title));
        foreach (var relation in snapshot.RelationsOf(entity.Ref))
        {
            if (relation.Type is RelationTypes.OwnedBy or RelationTypes.PartOf)
            {
                parts.Add(relation.Target.Name);
                parts.Add(snapshot.Get(relation.Target)?.DisplayName);
            }
        }

        return string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static void AddFilters(Document document, Entity entity, CatalogSnapshot snapshot)
    {
        var relations = snapshot.RelationsOf(entity.Ref);
        AddExact(document, IndexFields.Kind, [entity.Ref.Kind]);
        AddExact(document, IndexFields.Namespace, [entity.Ref.Namespace]);
        AddExact(document, IndexFields.Tag, entity.Metadata.Tags);
        AddExact(document, IndexFields.Owner, relations.Where(r => r.Type == RelationTypes.OwnedBy).Select(r => r.Target.ToString()));
        if (entity.Spec.Text("system") is not null)
        {
            AddExact(document, IndexFields.System, relations
                .Where(r => r.Type == RelationTypes.PartOf && r.Target.Kind == KnownKinds.System)
                .Select(r => r.Target.ToString()));
        }

        AddExact(document, IndexFields.Type, [entity.Type?.ToLowerInvariant()]);
        AddExact(document, IndexFields.Lifecycle, [entity.Lifecycle?.ToLowerInvariant()]);
    }

    private static void AddExact(Document document, string field, IEnumerable<string?> values)
    {
        var lines = string.Join('\n', values.Where(v => !string.IsNullOrWhiteSpace(v)));
        if (lines.Length > 0)
        {
            document.Add(new Field(field, lines, ExactType));
        }
    }

    private static void AddText(Document document, string field, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            document.Add(new TextField(field, text, Field.Store.NO));
        }
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
