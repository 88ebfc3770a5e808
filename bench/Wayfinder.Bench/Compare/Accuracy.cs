namespace Wayfinder.Bench.Compare;

/// <summary>
/// Top-1 accuracy (fractions 0..1) overall, by intent, by spelling style, and for names unique among Components, APIs,
/// Systems and Resources versus shared; how many questions got a top entity at all, of how many.
/// </summary>
internal sealed record Accuracy(
    double Overall, Dictionary<string, double> ByIntent, Dictionary<string, double> ByStyle, double UniqueNames, double SharedNames, int Answered, int Total);
