using System.Globalization;

namespace Wayfinder.Bench.Running;

/// <summary>
/// Command line: <c>--entities N</c> (repeatable; default 10000), <c>--seed S</c> (default 42), <c>--out DIR</c>
/// (default <c>bench/out</c>), <c>--phases</c> (also profile the load phase by phase), <c>--regenerate</c> (ignore
/// cached catalogs). <c>--slack-load --bot DLL [--rate R] [--seconds S]</c> runs the Slack ack benchmark instead, <c>--onboarding-load N --bot DLL</c> the onboarding one; <c>--github-repos N [--latency-ms L]</c> the GitHub discovery one. Hidden, for the child processes: <c>--measure DIR</c>, <c>--profile-phases DIR</c>,
/// <c>--result FILE</c>. <c>--compare [--questions N] [--concurrency C] [--http-seconds D] [--bot DLL] [--baseline SCRIPT]</c> runs the
/// Wayfinder vs Lunr comparison (default sizes 1000, 10000, 100000); its child processes get <c>--compare-measure DIR --work DIR</c>.
/// </summary>
internal sealed record BenchArguments
{
    public List<int> Entities { get; } = [];
    public int Seed { get; private set; } = 42;
    public string Out { get; private set; } = Path.Combine("bench", "out");
    public bool Phases { get; private set; }
    public bool Regenerate { get; private set; }
    public string? Measure { get; private set; }
    public string? ProfilePhases { get; private set; }
    public string? Result { get; private set; }
    public bool SlackLoad { get; private set; }
    public int OnboardingLoad { get; private set; }
    public string? Bot { get; private set; }
    public double Rate { get; private set; } = 500;
    public int Seconds { get; private set; } = 10;
    public int GitHubRepos { get; private set; }
    public int LatencyMs { get; private set; }
    public bool Compare { get; private set; }
    public int Questions { get; private set; } = 1200;
    public int Concurrency { get; private set; } = 16;
    public int HttpSeconds { get; private set; } = 20;
    public string? CompareMeasure { get; private set; }
    public string? Work { get; private set; }
    public string Baseline { get; private set; } = Path.Combine("bench", "baseline", "lunr-answer.mjs");

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            switch (args[i])
            {
                case "--entities": parsed.Entities.Add(ParseCount(Value())); break;
                case "--seed": parsed.Seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--out": parsed.Out = Value(); break;
                case "--phases": parsed.Phases = true; break;
                case "--regenerate": parsed.Regenerate = true; break;
                case "--measure": parsed.Measure = Value(); break;
                case "--profile-phases": parsed.ProfilePhases = Value(); break;
                case "--result": parsed.Result = Value(); break;
                case "--slack-load": parsed.SlackLoad = true; break;
                case "--onboarding-load": parsed.OnboardingLoad = ParseCount(Value()); break;
                case "--bot": parsed.Bot = Value(); break;
                case "--rate": parsed.Rate = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--seconds": parsed.Seconds = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--github-repos": parsed.GitHubRepos = ParseCount(Value()); break;
                case "--latency-ms": parsed.LatencyMs = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--compare": parsed.Compare = true; break;
                case "--questions": parsed.Questions = ParseCount(Value()); break;
                case "--concurrency": parsed.Concurrency = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--http-seconds": parsed.HttpSeconds = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--compare-measure": parsed.CompareMeasure = Value(); break;
                case "--work": parsed.Work = Value(); break;
                case "--baseline": parsed.Baseline = Value(); break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'; see bench/README.md");
            }
        }

        if (parsed.Entities.Count == 0)
        {
            parsed.Entities.AddRange(parsed.Compare ? [1_000, 10_000, 100_000] : [10_000]);
        }

        return parsed;
    }

    /// <summary>Accepts <c>100000</c>, <c>100_000</c>, <c>100,000</c> and <c>100k</c>.</summary>
    private static int ParseCount(string text)
    {
        var clean = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return clean.EndsWith('k') || clean.EndsWith('K')
            ? int.Parse(clean[..^1], CultureInfo.InvariantCulture) * 1000
            : int.Parse(clean, CultureInfo.InvariantCulture);
    }
}
