using System.Globalization;
using System.Text;

namespace Wayfinder.Skills.Tests.Evaluation;

/// <summary>Accuracy per intent and overall, as a table, plus every miss.</summary>
internal sealed class EvaluationReport
{
    private readonly List<(EvaluationCase Case, string? Mismatch)> _results = [];

    public void Add(EvaluationCase evaluationCase, string? mismatch) => _results.Add((evaluationCase, mismatch));

    public double Accuracy => _results.Count(r => r.Mismatch is null) / (double)_results.Count;

    public int Count => _results.Count;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| intent | questions | right | accuracy |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var intent in _results.GroupBy(r => r.Case.Intent).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var right = intent.Count(r => r.Mismatch is null);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {intent.Key} | {intent.Count()} | {right} | {right / (double)intent.Count():P1} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| **all** | {Count} | {_results.Count(r => r.Mismatch is null)} | {Accuracy:P1} |");
        foreach (var (evaluationCase, mismatch) in _results.Where(r => r.Mismatch is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"MISS {evaluationCase}: {mismatch}");
        }

        return text.ToString();
    }
}
