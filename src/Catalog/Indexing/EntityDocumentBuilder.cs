using Lucene.Net.Documents;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Catalog.Indexing;

/// <summary>Builds the Lucene document of one entity from a snapshot (so owner and system names can be searched too).</summary>
internal static class EntityDocumentBuilder
{
    public static Document Build(Entity entity, CatalogSnapshot snapshot)
    {
        var metadata = entity.Metadata;
        var document = new Document
        {
            new StringField(IndexFields.Ref, entity.Ref.ToString(), Field.Store.YES),
            new StringField(IndexFields.Kind, entity.Ref.Kind, Field.Store.NO),
            new StringField(IndexFields.Namespace, entity.Ref.Namespace, Field.Store.NO),
        };

        AddKey(document, metadata.Name);
        AddText(document, IndexFields.Name, metadata.Name);
        foreach (var alias in entity.Aliases)
        {
            AddKey(document, alias);
            AddText(document, IndexFields.Name, alias);
        }

        foreach (var title in new[] { metadata.Title, entity.Profile.DisplayName })
        {
            AddKey(document, title);
            AddText(document, IndexFields.Title, title);
        }

        // Keyed like everything else: searches look keys up by NameKey, which a raw address never equals.
        AddKey(document, entity.Profile.Email);

        AddDescriptiveText(document, entity, snapshot);
        AddFilters(document, entity, snapshot);
        return document;
    }

    private static void AddDescriptiveText(Document document, Entity entity, CatalogSnapshot snapshot)
    {
        var parts = new List<string?> { entity.Metadata.Description, entity.Kind, entity.Type, entity.Lifecycle, entity.Profile.Email };
        parts.AddRange(entity.Metadata.Tags);
        parts.AddRange(entity.Metadata.Links.Select(l => l.Title));
        foreach (var relation in new[] { RelationTypes.OwnedBy, RelationTypes.PartOf })
        {
            foreach (var target in snapshot.RelationsOf(entity.Ref, relation))
            {
                parts.Add(target.Target.Name);
                parts.Add(snapshot.Get(target.Target)?.DisplayName);
            }
        }

        AddText(document, IndexFields.Text, string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
    }

    private static void AddFilters(Document document, Entity entity, CatalogSnapshot snapshot)
    {
        foreach (var tag in entity.Metadata.Tags)
        {
            document.Add(new StringField(IndexFields.Tag, tag, Field.Store.NO));
        }

        foreach (var owner in snapshot.RelationsOf(entity.Ref, RelationTypes.OwnedBy))
        {
            document.Add(new StringField(IndexFields.Owner, owner.Target.ToString(), Field.Store.NO));
        }

        if (entity.Spec.Text("system") is not null)
        {
            foreach (var system in snapshot.RelationsOf(entity.Ref, RelationTypes.PartOf).Where(r => r.Target.Kind == KnownKinds.System))
            {
                document.Add(new StringField(IndexFields.System, system.Target.ToString(), Field.Store.NO));
            }
        }

        AddLower(document, IndexFields.Type, entity.Type);
        AddLower(document, IndexFields.Lifecycle, entity.Lifecycle);
    }

    private static void AddKey(Document document, string? text)
    {
        if (text is not null && NameKey.Of(text) is { Length: > 0 } key)
        {
            document.Add(new StringField(IndexFields.Key, key, Field.Store.NO));
        }
    }

    private static void AddText(Document document, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            document.Add(new TextField(field, text, Field.Store.NO));
        }
    }

    private static void AddLower(Document document, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            document.Add(new StringField(field, value.ToLowerInvariant(), Field.Store.NO));
        }
    }
}
