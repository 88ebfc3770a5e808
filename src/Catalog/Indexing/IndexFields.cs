namespace Wayfinder.Catalog.Indexing;

/// <summary>Field names of the Lucene documents, one document per entity.</summary>
internal static class IndexFields
{
    /// <summary>Position of the entity in its snapshot (a doc value): how a hit finds its entity.</summary>
    public const string Ordinal = "ord";

    /// <summary>Spelling-insensitive keys (<see cref="Querying.NameKey"/>) of the name, title, aliases, display name and email.</summary>
    public const string Key = "key";

    /// <summary>Trigrams of the keys, for typo matching.</summary>
    public const string KeyGrams = "keygram";

    /// <summary>Name and aliases, analyzed.</summary>
    public const string Name = "name";

    /// <summary>Title and display name, analyzed.</summary>
    public const string Title = "title";

    /// <summary>Description, tags, link titles, owner, system, kind, type, lifecycle, emails, analyzed.</summary>
    public const string Text = "text";

    /// <summary>Lower-case kind, for filters.</summary>
    public const string Kind = "kind";

    /// <summary>Namespace, for filters.</summary>
    public const string Namespace = "namespace";

    /// <summary>Owner ref, for filters.</summary>
    public const string Owner = "owner";

    /// <summary>System ref, for filters.</summary>
    public const string System = "system";

    /// <summary>Each tag, for filters.</summary>
    public const string Tag = "tag";

    /// <summary><c>spec.type</c>, for filters.</summary>
    public const string Type = "type";

    /// <summary><c>spec.lifecycle</c>, for filters.</summary>
    public const string Lifecycle = "lifecycle";

    /// <summary>Fields holding exact values, one per line (see <see cref="KeywordLinesAnalyzer"/>).</summary>
    public static IReadOnlyList<string> Exact { get; } = [Key, Kind, Namespace, Owner, System, Tag, Type, Lifecycle];
}
