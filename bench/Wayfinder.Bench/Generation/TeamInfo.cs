namespace Wayfinder.Bench.Generation;

/// <summary>A generated group and the business word its software is mostly named after.</summary>
internal sealed record TeamInfo(string Name, string Word);
