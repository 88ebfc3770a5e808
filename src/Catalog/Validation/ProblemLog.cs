using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Validation;

/// <summary>Collects problems for one file, positioned at the node they concern.</summary>
internal sealed class ProblemLog(string path, List<CatalogProblem> sink)
{
    public string Path { get; } = path;

    public int ErrorCount { get; private set; }

    public void Error(DescriptorNode? node, string message) => Add(ProblemSeverity.Error, At(node), message);

    public void Warning(DescriptorNode? node, string message) => Add(ProblemSeverity.Warning, At(node), message);

    public void Error(int line, int column, string message) => Add(ProblemSeverity.Error, new SourcePosition(Path, line, column), message);

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
