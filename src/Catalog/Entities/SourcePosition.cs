namespace Wayfinder.Catalog.Entities;

/// <summary>Where something was written: a file path (as shown to people) and a 1-based line and column.</summary>
public sealed record SourcePosition(string Path, int Line, int Column)
{
    /// <summary><c>path:line:column</c>, the form compilers and editors understand.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
