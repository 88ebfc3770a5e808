namespace Wayfinder.Bench.Compare;

/// <summary>Top-1 accuracy overall, by intent and by spelling style (fractions 0..1).</summary>
internal sealed record Accuracy(double Overall, Dictionary<string, double> ByIntent, Dictionary<string, double> ByStyle, int Answered, int Total);
