namespace Wayfinder.Bench.Measuring;

/// <summary>A named set of queries of one style, e.g. names with typos.</summary>
internal sealed record QuerySet(string Name, IReadOnlyList<Probe> Probes);
