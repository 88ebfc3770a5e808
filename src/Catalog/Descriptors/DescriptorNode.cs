namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// One node of a parsed descriptor document, with the line and column it started at.
/// Scalars keep their source text: nothing is coerced to booleans, numbers or dates.
/// </summary>
public abstract class DescriptorNode(int line, int column)
{
    /// <summary>1-based line where the node starts.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column where the node starts.</summary>
    public int Column { get; } = column;

    /// <summary>The scalar's text, or <c>null</c> when the node is a null scalar, a map or a list.</summary>
    public string? AsText() => this is DescriptorScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>A short word for messages: "text", "map", "list", "null".</summary>
    public abstract string Shape { get; }
}
