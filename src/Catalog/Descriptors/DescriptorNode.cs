namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// One node of a parsed descriptor document, with the line and column it started at.
/// Scalars keep their source text: nothing is coerced to booleans, numbers or dates.
/// </summary>
public abstract class DescriptorNode
{
    // A catalog keeps millions of nodes. The column's sign carries a scalar's quoting (see DescriptorScalar), which
    // keeps a scalar at 32 bytes rather than 40.
    private readonly int _line;
    private readonly int _signedColumn;

    /// <summary>A node starting at <paramref name="line"/> and <paramref name="column"/>.</summary>
    protected DescriptorNode(int line, int column)
        : this(line, column, flag: false)
    {
    }

    /// <summary>A node with one bit of extra state for the subclass, kept with the column.</summary>
    private protected DescriptorNode(int line, int column, bool flag)
    {
        _line = line;
        _signedColumn = flag ? -Math.Max(column, 1) : column;
    }

    /// <summary>1-based line where the node starts.</summary>
    public int Line => _line;

    /// <summary>1-based column where the node starts.</summary>
    public int Column => Math.Abs(_signedColumn);

    /// <summary>The extra bit given at construction.</summary>
    private protected bool Flag => _signedColumn < 0;

    /// <summary>The scalar's text, or <c>null</c> when the node is a null scalar, a map or a list.</summary>
    public string? AsText() => this is DescriptorScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>A short word for messages: "text", "map", "list", "null".</summary>
    public abstract string Shape { get; }
}
