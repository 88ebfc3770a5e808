using System.Diagnostics.CodeAnalysis;

namespace Wayfinder.Catalog.Entities;

/// <summary>
/// A reference to an entity, <c>kind:namespace/name</c>. Always canonical: lower-case, every part present.
/// </summary>
public readonly record struct EntityRef
{
    /// <summary>The namespace entities live in when their descriptor names none.</summary>
    public const string DefaultNamespace = "default";

    /// <summary>Creates a reference; the parts are lower-cased.</summary>
    public EntityRef(string kind, string @namespace, string name)
    {
        // Kinds and the default namespace repeat in every ref: share one instance of each rather than a lower-cased copy.
        Kind = KnownKinds.Canonical(kind) ?? kind.ToLowerInvariant();
        Namespace = string.Equals(@namespace, DefaultNamespace, StringComparison.OrdinalIgnoreCase) ? DefaultNamespace : @namespace.ToLowerInvariant();
        Name = name.ToLowerInvariant();
        _hash = HashCode.Combine(Kind, Namespace, Name);
    }

    // Refs key most of the catalog's dictionaries; hashing three strings on every lookup showed in load profiles.
    private readonly int _hash;

    /// <summary>Lower-case kind, e.g. <c>component</c>.</summary>
    public string Kind { get; }

    /// <summary>Lower-case namespace, e.g. <c>default</c>.</summary>
    public string Namespace { get; }

    /// <summary>Lower-case name, e.g. <c>artist-lookup</c>.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>The canonical text form, <c>kind:namespace/name</c>.</summary>
    public override string ToString() => $"{Kind}:{Namespace}/{Name}";

    /// <summary>
    /// Parses <c>[kind:][namespace/]name</c> as Backstage does: the text before the first <c>:</c> is the kind
    /// only when that <c>:</c> comes before any <c>/</c>; the text before <c>/</c> is the namespace.
    /// </summary>
    /// <param name="text">The reference as written.</param>
    /// <param name="defaultKind">Kind used when the text has none; <c>null</c> means a kind is required.</param>
    /// <param name="defaultNamespace">Namespace used when the text has none: the referring entity's own.</param>
    /// <param name="result">The parsed reference.</param>
    /// <param name="error">Why the text is not a reference.</param>
    public static bool TryParse(
        string? text,
        string? defaultKind,
        string defaultNamespace,
        out EntityRef result,
        [NotNullWhen(false)] out string? error)
    {
        result = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "entity reference is empty";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        string? kind = null;
        var rest = text;
        if (colon >= 0 && (slash < 0 || colon < slash))
        {
            kind = text[..colon];
            rest = text[(colon + 1)..];
        }

        string? ns = null;
        var name = rest;
        var restSlash = rest.IndexOf('/', StringComparison.Ordinal);
        if (restSlash >= 0)
        {
            ns = rest[..restSlash];
            name = rest[(restSlash + 1)..];
        }

        if (kind is { Length: 0 } || ns is { Length: 0 } || name.Length == 0)
        {
            error = $"entity reference '{text}' has an empty part";
            return false;
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            error = $"entity reference '{text}' is not of the form [kind:][namespace/]name";
            return false;
        }

        kind ??= defaultKind;
        if (kind is null)
        {
            error = $"entity reference '{text}' needs a kind (e.g. 'resource:{name}')";
            return false;
        }

        result = new EntityRef(kind, ns ?? defaultNamespace, name);
        error = null;
        return true;
    }

    /// <summary>Parses a full reference, throwing when it is malformed. For trusted input such as tests and configuration.</summary>
    public static EntityRef Parse(string text, string? defaultKind = null, string defaultNamespace = DefaultNamespace) =>
        TryParse(text, defaultKind, defaultNamespace, out var result, out var error)
            ? result
            : throw new FormatException(error);
}
