using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Validation;

/// <summary>
/// Collects problems for one file, positioned at the node they concern. Public so other readers of positioned YAML
/// (onboarding plans) report problems the same way.
/// </summary>
public sealed class ProblemLog(string path, List<CatalogProblem> sink)
{
    /// <summary>The file as shown to people.</summary>
    public string Path { get; } = path;

    public int ErrorCount { get; private set; }

    public void Error(DescriptorNode? node, string message) => Add(ProblemSeverity.Error, At(node), message);

    public void Warning(DescriptorNode? node, string message) => Add(ProblemSeverity.Warning, At(node), message);

    public void Error(int line, int column, string message) =>
        Add(ProblemSeverity.Error, new SourcePosition(Path, Math.Max(line, 1), Math.Max(column, 1)), message);

    public void Warning(SourcePosition position, string message) => Add(ProblemSeverity.Warning, position, message);

    public SourcePosition At(DescriptorNode? node) => new(Path, Math.Max(node?.Line ?? 1, 1), Math.Max(node?.Column ?? 1, 1));

    private void Add(ProblemSeverity severity, SourcePosition position, string message)
    {
        if (severity == ProblemSeverity.Error)
        {
            ErrorCount++;
        }

        lock (sink)
        {
            sink.Add(new CatalogProblem(severity, position, message));
        }
    }
}
