using Wayfinder.Bench.Compare;
using Wayfinder.Bench.GitHubLoad;
using Wayfinder.Bench.Measuring;
using Wayfinder.Bench.Reporting;
using Wayfinder.Bench.Running;
using Wayfinder.Bench.OnboardingLoad;
using Wayfinder.Bench.SlackLoad;

// Wayfinder.Bench: generates catalogs of the requested sizes and measures load, lookup, search and memory, each
// size in a fresh child process (this same program started with --measure / --profile-phases). See bench/README.md.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var arguments = BenchArguments.Parse(args);
    var token = cancellation.Token;
    if (arguments.Measure is { } measureFolder)
    {
        var measurement = await new MeasureRun(measureFolder, arguments.Seed, new MeasureSettings(), Console.Error).RunAsync(token);
        await ResultJson.WriteAsync(Required(arguments.Result), measurement, token);
    }
    else if (arguments.CompareMeasure is { } compareFolder)
    {
        var work = arguments.Work ?? throw new ArgumentException("--compare-measure needs --work DIR");
        var measurement = await new CompareMeasureRun(compareFolder, work, arguments.Seed, arguments.Questions, Console.Error).RunAsync(token);
        await ResultJson.WriteAsync(Required(arguments.Result), measurement, token);
    }
    else if (arguments.Compare)
    {
        var results = await new CompareRun(arguments, Console.Error).RunAsync(token);
        var report = CompareReport.Render(results, MachineInfo.Current(), DateTimeOffset.UtcNow, await SourceRevision.DescribeAsync(token));
        Directory.CreateDirectory(arguments.Out);
        await File.WriteAllTextAsync(Path.Combine(arguments.Out, "compare-results.md"), report, token);
        Console.Out.Write(report);
    }
    else if (arguments.SlackLoad)
    {
        var bot = arguments.Bot ?? throw new ArgumentException("--slack-load needs --bot PATH/Wayfinder.Bot.dll (see bench/slack.sh)");
        var result = await new SlackLoadRun(bot, Path.GetFullPath("manifests"), arguments.Rate, TimeSpan.FromSeconds(arguments.Seconds), Console.Error).RunAsync(token);
        var report = SlackLoadReport.Render(result, MachineInfo.Current(), DateTimeOffset.UtcNow);
        Directory.CreateDirectory(arguments.Out);
        await File.WriteAllTextAsync(Path.Combine(arguments.Out, "slack-results.md"), report, token);
        Console.Out.Write(report);
    }
    else if (arguments.OnboardingLoad > 0)
    {
        var bot = arguments.Bot ?? throw new ArgumentException("--onboarding-load needs --bot PATH/Wayfinder.Bot.dll (see bench/onboarding.sh)");
        var catalog = new CatalogCache(arguments.Out, Console.Error).Ensure(100_000, arguments.Seed, arguments.Regenerate);
        var result = await new OnboardingLoadRun(bot, catalog, arguments.OnboardingLoad, Console.Error).RunAsync(token);
        var report = OnboardingLoadReport.Render(result, MachineInfo.Current(), DateTimeOffset.UtcNow);
        await File.WriteAllTextAsync(Path.Combine(arguments.Out, "onboarding-results.md"), report, token);
        Console.Out.Write(report);
    }
    else if (arguments.GitHubRepos > 0)
    {
        var latency = TimeSpan.FromMilliseconds(arguments.LatencyMs);
        var result = await new GitHubLoadRun(arguments.GitHubRepos, latency, arguments.Seed, Console.Error).RunAsync(token);
        var report = GitHubLoadReport.Render(result, MachineInfo.Current(), DateTimeOffset.UtcNow);
        Directory.CreateDirectory(arguments.Out);
        var file = arguments.LatencyMs == 0 ? "github-results.md" : $"github-results-latency-{arguments.LatencyMs}ms.md";
        await File.WriteAllTextAsync(Path.Combine(arguments.Out, file), report, token);
        Console.Out.Write(report);
    }
    else if (arguments.ProfilePhases is { } profileFolder)
    {
        var profile = await new PhaseProfiler(profileFolder).RunAsync(token);
        await ResultJson.WriteAsync(Required(arguments.Result), profile, token);
    }
    else
    {
        await new BenchRunner(arguments, Console.Out, Console.Error, TimeProvider.System).RunAsync(token);
    }

    return 0;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or IOException)
{
    await Console.Error.WriteLineAsync($"wayfinder-bench: {ex.Message}");
    return 1;
}

static string Required(string? result) => result ?? throw new ArgumentException("--result is required with --measure and --profile-phases");
