namespace Wayfinder.Catalog.Descriptors;

/// <summary>One document of a YAML stream: its root node, or the reason it could not be read.</summary>
/// <param name="Root">The root node; <c>null</c> when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the document was rejected (syntax, limits), with its position.</param>
public sealed record DescriptorDocument(DescriptorNode? Root, DescriptorReadError? Error)
{
    /// <summary>True when some map has a <c>$text</c>, <c>$json</c> or <c>$yaml</c> key, so substitutions must be resolved.</summary>
    public bool HasSubstitutions { get; init; }
}
