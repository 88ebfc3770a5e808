namespace Wayfinder.Bench.Compare;

/// <summary>Both systems over one catalog size, graded with the same rule.</summary>
internal sealed record CompareSize(WayfinderMeasurement Wayfinder, Accuracy WayfinderAccuracy, LunrMeasurement Lunr, Accuracy LunrAccuracy);
