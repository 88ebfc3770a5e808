namespace Wayfinder.Bench.Measuring;

/// <summary>Everything measured for one catalog size in one fresh process (written as JSON by the child process).</summary>
internal sealed record SizeMeasurement
{
    public required int Entities { get; init; }
    public required int Files { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public required string? FirstProblem { get; init; }

    /// <summary>Wall time of <c>ICatalog.ReloadAsync</c>: read, parse, validate, relate, index.</summary>
    public required double LoadSeconds { get; init; }
    public required long AllocatedDuringLoadBytes { get; init; }
    public required double LoadGcPauseMilliseconds { get; init; }

    /// <summary>Collections during the load, <c>gen0/gen1/gen2</c>.</summary>
    public required string LoadGcCounts { get; init; }
    public required long GcHeapAfterLoadBytes { get; init; }
    public required long RssAfterLoadBytes { get; init; }

    /// <summary><c>VmHWM</c> at the end of the run: the process's peak resident set.</summary>
    public required long PeakRssBytes { get; init; }
    public required long PeakWorkingSetBytes { get; init; }

    /// <summary>GC pause time and collections (<c>gen0/gen1/gen2</c>) during the measured searches.</summary>
    public required double SearchGcPauseMilliseconds { get; init; }
    public required string SearchGcCounts { get; init; }
    public required bool ServerGc { get; init; }

    /// <summary>Load averages when the measurement started and ended (other processes on the machine inflate timings).</summary>
    public required string LoadAverageAtStart { get; init; }
    public required string LoadAverageAtEnd { get; init; }

    /// <summary><c>Snapshot.FindByName(name)</c> with exact names.</summary>
    public required LatencyStats Lookup { get; init; }

    /// <summary><c>Snapshot.FindByName(name)</c> with spaced, capitalised names ("Payments Api").</summary>
    public required LatencyStats LookupVariant { get; init; }

    /// <summary>Lookups that did not return the intended entity (should be 0).</summary>
    public required int LookupMisses { get; init; }

    /// <summary>Every search call of every set together.</summary>
    public required LatencyStats Search { get; init; }
    public required IReadOnlyList<SearchSetResult> SearchSets { get; init; }

    /// <summary><c>IQuestionAnswerer.AnswerAsync</c> on chat questions: understanding, resolution and the answer.</summary>
    public required LatencyStats Ask { get; init; }

    /// <summary>Share of questions whose intended entity was the subject or among the alternatives.</summary>
    public required double AskResolved { get; init; }
}
