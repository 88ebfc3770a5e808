namespace Wayfinder.Catalog.Indexing;

/// <summary>Field names of the Lucene documents, one document per entity.</summary>
internal static class IndexFields
{
    /// <summary>Canonical entity ref; the only stored field (everything else is read from the snapshot).</summary>
    public const string Ref = "ref";

    /// <summary>Spelling-insensitive keys (<see cref="Querying.NameKey"/>) of the name, title, aliases, display name and email.</summary>
    public const string Key = "key";

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
}
