namespace Wayfinder.Bench.Measuring;

/// <summary>The load of one catalog size split into phases, run one after another on one thread in a fresh process.</summary>
/// <param name="Entities">Entities loaded.</param>
/// <param name="Phases">Each phase in order.</param>
/// <param name="ParallelLoad">The real loader (files parsed in parallel) run afterwards, warm, for comparison with the first five phases.</param>
internal sealed record PhaseProfile(int Entities, IReadOnlyList<PhaseTiming> Phases, PhaseTiming ParallelLoad);
