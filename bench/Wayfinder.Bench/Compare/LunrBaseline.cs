using System.Diagnostics;
using System.Text.Json;
using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.Compare;

/// <summary>
/// Runs the Backstage-style baseline (by default <c>node bench/baseline/lunr-answer.mjs</c>) over the inputs
/// <see cref="BaselineExport"/> wrote, and reads back its answers and summary.
/// </summary>
internal static class LunrBaseline
{
    private const string AnswersFile = "answers.jsonl";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<LunrMeasurement> RunAsync(string script, string work, CancellationToken cancellationToken)
    {
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} not found (run from the repository root, after npm ci in bench/baseline)");
        }

        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in (string[])[Path.GetFullPath(script), "--entities", Path.Combine(work, BaselineExport.EntitiesFile),
                     "--questions", Path.Combine(work, BaselineExport.QuestionsFile), "--out", Path.Combine(work, AnswersFile)])
        {
            start.ArgumentList.Add(argument);
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        string output;
        try
        {
            output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} exited with code {process.ExitCode}");
        }

        var summaryLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException($"{script} printed no summary line");
        var summary = JsonSerializer.Deserialize<LunrSummary>(summaryLine, Json) ?? throw new InvalidOperationException("empty Lunr summary");
        var answers = File.ReadLines(Path.Combine(work, AnswersFile)).Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<LunrAnswer>(l, Json)!).ToList();
        var ticks = answers.Select(a => (long)(a.Micros * Stopwatch.Frequency / 1_000_000.0)).ToList();
        return new LunrMeasurement(summary, LatencyStats.FromTicks(ticks), answers.ToDictionary(a => a.Id, a => a.Top), wall);
    }
}
