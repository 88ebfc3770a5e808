namespace Wayfinder.Bench.Compare;

/// <summary>One line of the baseline's answers file: the top two hits' locations (entity refs) and the query's time in µs.</summary>
internal sealed record LunrAnswer(int Id, string? Top, string? Second, double Micros);
