using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Catalog.Indexing;

/// <summary>Builds the Lucene document of one entity from a snapshot (so owner and system names can be searched too).</summary>
/// <remarks>
/// Field texts are written into one reused builder per thread rather than joined from LINQ sequences: building
/// documents for 100,000 entities allocated almost 500 MB of garbage that way.
/// </remarks>
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

    [ThreadStatic]
    private static StringBuilder? t_text;

    public static Document Build(Entity entity, int ordinal, CatalogSnapshot snapshot)
    {
        var metadata = entity.Metadata;
        var relations = snapshot.RelationsOf(entity.Ref);
        var text = t_text ??= new StringBuilder(4096);
        var document = new Document { new NumericDocValuesField(IndexFields.Ordinal, ordinal) };

        // Keys: the spelling-insensitive form of every name; searches look the whole text up this way.
        var keys = TypoMatcher.KeysOf(entity).ToList();
        AddExact(document, IndexFields.Key, Join(text.Clear(), '\n', keys));
        document.Add(new Field(IndexFields.KeyGrams, TypoMatcher.GramText(keys), GramType));
        AddText(document, IndexFields.Name, Join(text.Clear().Append(metadata.Name), '\n', entity.Aliases, first: false));
        AddText(document, IndexFields.Title, Join(text.Clear(), '\n', [metadata.Title, entity.Profile.DisplayName], skipBlank: false));
        AddText(document, IndexFields.Text, DescriptiveText(text.Clear(), entity, relations, snapshot));
        AddFilters(document, text, entity, relations);
        return document;
    }

    private static string DescriptiveText(StringBuilder text, Entity entity, IReadOnlyList<EntityRelation> relations, CatalogSnapshot snapshot)
    {
        Join(text, ' ', [entity.Metadata.Description, entity.Kind, entity.Type, entity.Lifecycle, entity.Profile.Email]);
        Join(text, ' ', entity.Metadata.Tags, first: text.Length == 0);
        foreach (var link in entity.Metadata.Links)
        {
            Append(text, ' ', link.Title);
        }

        foreach (var relation in relations)
        {
            if (relation.Type is RelationTypes.OwnedBy or RelationTypes.PartOf)
            {
                Append(text, ' ', relation.Target.Name);
                Append(text, ' ', snapshot.Get(relation.Target)?.DisplayName);
            }
        }

        return text.ToString();
    }

    private static void AddFilters(Document document, StringBuilder text, Entity entity, IReadOnlyList<EntityRelation> relations)
    {
        AddExact(document, IndexFields.Kind, entity.Ref.Kind);
        AddExact(document, IndexFields.Namespace, entity.Ref.Namespace);
        AddExact(document, IndexFields.Tag, Join(text.Clear(), '\n', entity.Metadata.Tags));
        text.Clear();
        foreach (var relation in relations)
        {
            if (relation.Type == RelationTypes.OwnedBy)
            {
                Append(text, '\n', relation.Target.ToString());
            }
        }

        AddExact(document, IndexFields.Owner, text.ToString());
        if (entity.Spec.Text("system") is not null)
        {
            text.Clear();
            foreach (var relation in relations)
            {
                if (relation.Type == RelationTypes.PartOf && relation.Target.Kind == KnownKinds.System)
                {
                    Append(text, '\n', relation.Target.ToString());
                }
            }

            AddExact(document, IndexFields.System, text.ToString());
        }

        AddExact(document, IndexFields.Type, entity.Type?.ToLowerInvariant());
        AddExact(document, IndexFields.Lifecycle, entity.Lifecycle?.ToLowerInvariant());
    }

    /// <summary>Appends the values, separated, skipping blank ones (or only null ones); the text so far counts as a value unless <paramref name="first"/>.</summary>
    private static string Join(StringBuilder text, char separator, IEnumerable<string?> values, bool first = true, bool skipBlank = true)
    {
        foreach (var value in values)
        {
            if (skipBlank ? !string.IsNullOrWhiteSpace(value) : value is not null)
            {
                (first ? text : text.Append(separator)).Append(value);
                first = false;
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, char separator, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            (text.Length == 0 ? text : text.Append(separator)).Append(value);
        }
    }

    private static void AddExact(Document document, string field, string? lines)
    {
        if (!string.IsNullOrWhiteSpace(lines))
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
