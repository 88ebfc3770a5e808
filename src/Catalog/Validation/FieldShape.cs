namespace Wayfinder.Catalog.Validation;

/// <summary>What a spec field must hold.</summary>
internal enum FieldShape
{
    /// <summary>Non-empty text.</summary>
    Text,

    /// <summary>A list (may be empty).</summary>
    List,

    /// <summary>A map.</summary>
    Map,

    /// <summary>Text, or a map (e.g. a <c>$text</c> substitution left as a link).</summary>
    TextOrMap,

    /// <summary>An entity reference: text, or the legacy <c>{kind, namespace, name}</c> map (checked by <see cref="RefFieldValidator"/>).</summary>
    Ref,
}
