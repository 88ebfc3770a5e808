namespace Wayfinder.Bench.Compare;

/// <summary>
/// The one correctness rule for both systems: a who-owns question is right when the top entity's owner is the expected
/// owner; a docs or runbook question is right when the top entity is the expected entity. No top entity is wrong.
/// </summary>
internal sealed class AnswerGrader(IReadOnlyDictionary<string, string> owners)
{
    public bool IsRight(CompareQuestion question, string? top) =>
        top is not null && (question.Intent == CompareIntents.Owner
            ? question.ExpectedOwner is not null && owners.GetValueOrDefault(top) == question.ExpectedOwner
            : top == question.ExpectedRef);

    /// <summary>Grades <paramref name="tops"/>, the top entity ref per question id.</summary>
    public Accuracy Grade(IReadOnlyList<CompareQuestion> questions, IReadOnlyDictionary<int, string?> tops)
    {
        var right = questions.Select(q => (Question: q, Right: IsRight(q, tops.GetValueOrDefault(q.Id)))).ToList();
        return new Accuracy(
            Fraction(right.Select(r => r.Right)),
            right.GroupBy(r => r.Question.Intent).ToDictionary(g => g.Key, g => Fraction(g.Select(r => r.Right))),
            right.GroupBy(r => r.Question.Style).ToDictionary(g => g.Key, g => Fraction(g.Select(r => r.Right))),
            Fraction(right.Where(r => !r.Question.SharedName).Select(r => r.Right)),
            Fraction(right.Where(r => r.Question.SharedName).Select(r => r.Right)),
            questions.Count(q => tops.GetValueOrDefault(q.Id) is not null),
            questions.Count);
    }

    private static double Fraction(IEnumerable<bool> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : (double)list.Count(v => v) / list.Count;
    }
}
