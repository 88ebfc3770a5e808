using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Validation;

/// <summary>One problem found while loading the catalog, with where it is.</summary>
public sealed record CatalogProblem(ProblemSeverity Severity, SourcePosition Position, string Message)
{
    /// <summary><c>path:line:column: error|warning: message</c>.</summary>
    public override string ToString() =>
        $"{Position}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
