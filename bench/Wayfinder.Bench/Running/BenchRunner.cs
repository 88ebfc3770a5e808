using System.Globalization;
using Wayfinder.Bench.Measuring;
using Wayfinder.Bench.Reporting;

namespace Wayfinder.Bench.Running;

/// <summary>
/// For each size: generate (or reuse) the catalog, measure it in a fresh child process, optionally profile its
/// load phases in another; then print the Markdown report to stdout and write it to <c>{out}/results.md</c>.
/// </summary>
internal sealed class BenchRunner(BenchArguments arguments, TextWriter output, TextWriter progress, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cache = new CatalogCache(arguments.Out, progress);
        var seed = arguments.Seed.ToString(CultureInfo.InvariantCulture);
        var sizes = new List<SizeReport>();
        foreach (var entities in arguments.Entities)
        {
            var folder = cache.Ensure(entities, arguments.Seed, arguments.Regenerate);
            progress.WriteLine($"Measuring {entities:N0} entities in a fresh process");
            var measurement = await ChildProcess.RunAsync<SizeMeasurement>(["--measure", folder, "--seed", seed], cancellationToken)
                .ConfigureAwait(false);
            PhaseProfile? phases = null;
            if (arguments.Phases)
            {
                progress.WriteLine($"Profiling the load phases of {entities:N0} entities in a fresh process");
                phases = await ChildProcess.RunAsync<PhaseProfile>(["--profile-phases", folder], cancellationToken).ConfigureAwait(false);
            }

            sizes.Add(new SizeReport(measurement, phases));
        }

        var revision = await SourceRevision.DescribeAsync(cancellationToken).ConfigureAwait(false);
        var report = ResultsReport.Render(sizes, MachineInfo.Current(), time.GetUtcNow(), revision, arguments.Seed);
        await output.WriteAsync(report).ConfigureAwait(false);
        Directory.CreateDirectory(arguments.Out);
        await File.WriteAllTextAsync(Path.Combine(arguments.Out, "results.md"), report, cancellationToken).ConfigureAwait(false);
        progress.WriteLine($"Wrote {Path.GetFullPath(Path.Combine(arguments.Out, "results.md"))}");
    }
}
