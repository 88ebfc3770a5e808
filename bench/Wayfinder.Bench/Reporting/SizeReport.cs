using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.Reporting;

/// <summary>The results of one catalog size: the measurement and, when asked for, the phase profile.</summary>
internal sealed record SizeReport(SizeMeasurement Measurement, PhaseProfile? Phases);
