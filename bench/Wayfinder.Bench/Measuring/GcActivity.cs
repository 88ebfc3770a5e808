namespace Wayfinder.Bench.Measuring;

/// <summary>What the GC did between <see cref="Start"/> and <see cref="Stop"/>: pause time, collections per generation, bytes allocated.</summary>
internal readonly record struct GcActivity(TimeSpan PauseAtStart, int Gen0, int Gen1, int Gen2, long AllocatedAtStart)
{
    public static GcActivity Start() => new(
        GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: true));

    /// <summary>Pause time, collections as <c>gen0/gen1/gen2</c> (a gen-1 collection also counts as gen-0, and so on), bytes allocated.</summary>
    public (TimeSpan Pause, string Counts, long Allocated) Stop() => (
        GC.GetTotalPauseDuration() - PauseAtStart,
        $"{GC.CollectionCount(0) - Gen0}/{GC.CollectionCount(1) - Gen1}/{GC.CollectionCount(2) - Gen2}",
        GC.GetTotalAllocatedBytes(precise: true) - AllocatedAtStart);
}
