namespace Wayfinder.Bench.Measuring;

/// <summary>One load phase: how long it took, what it allocated, GC work during it, and memory during and after it.</summary>
/// <param name="Name">The phase.</param>
/// <param name="Milliseconds">Wall time.</param>
/// <param name="GcPauseMilliseconds">Time the GC paused the program during the phase (part of <paramref name="Milliseconds"/>).</param>
/// <param name="GcCounts">Collections during the phase, as <c>gen0/gen1/gen2</c>.</param>
/// <param name="AllocatedBytes">Bytes allocated during the phase.</param>
/// <param name="HeapAfterBytes">GC heap still live after the phase (after a full collection).</param>
/// <param name="PeakRssBytes">Peak resident set during the phase (VmHWM reset at its start), or -1.</param>
internal sealed record PhaseTiming(
    string Name, double Milliseconds, double GcPauseMilliseconds, string GcCounts, long AllocatedBytes, long HeapAfterBytes, long PeakRssBytes);
