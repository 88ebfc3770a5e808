using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Tests.Evaluation;

/// <summary>
/// Whether an answer is right for a case: the intent matches; the subject matches (or, for an ambiguous case, the
/// subject is null and every expected alternative is offered; for an unknown one, the subject is null); every
/// expected ref is named. Returns why not, or <c>null</c> when right.
/// </summary>
internal static class EvaluationScore
{
    public static string? Mismatch(EvaluationCase expected, Answer answer)
    {
        var problems = new List<string>();
        if (answer.Intent != expected.Intent)
        {
            problems.Add($"intent {answer.Intent}, expected {expected.Intent}");
        }

        if (expected.Alternatives.Count > 0 || expected.Unknown)
        {
            if (answer.Subject is not null)
            {
                problems.Add($"subject {answer.Subject}, expected none");
            }

            var missing = expected.Alternatives.Except(answer.Alternatives).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"alternatives lack {string.Join(", ", missing)} (got {string.Join(", ", answer.Alternatives)})");
            }
        }
        else if (answer.Subject != expected.Subject)
        {
            problems.Add($"subject {answer.Subject ?? "none"}, expected {expected.Subject ?? "none"}");
        }

        var missingRefs = expected.Refs.Except(answer.Refs).ToList();
        if (missingRefs.Count > 0)
        {
            problems.Add($"refs lack {string.Join(", ", missingRefs)}");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
