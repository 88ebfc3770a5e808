using Wayfinder.Catalog.Validation;

namespace Wayfinder.Skills.Onboarding;

/// <summary>
/// One load of plan files: finds the files, reads each into plans, keeps the first plan of each id (a later one is
/// skipped with a warning naming both places) and collects every problem.
/// </summary>
internal sealed class PlanLoadRun(string workingDirectory)
{
    private readonly List<CatalogProblem> _problems = [];
    private readonly List<OnboardingPlan> _plans = [];

    /// <summary>Every <c>*.yaml</c>/<c>*.yml</c> below each folder (ordinal order) and each file, in the order given, once each.</summary>
    public IReadOnlyList<string> Files(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
            {
                var below = Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(IsYaml).Order(StringComparer.Ordinal);
                files.AddRange(below);
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                LogFor(full).Error(1, 1, "onboarding plan path not found (no such file or folder)");
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Adds the plans of one file, given its text or why it could not be read.</summary>
    public void Add(string fullPath, (string? Text, string? Error) file)
    {
        var log = LogFor(fullPath);
        if (file.Text is null)
        {
            log.Error(1, 1, file.Error ?? "file cannot be read");
            return;
        }

        foreach (var plan in PlanReader.Read(file.Text, log))
        {
            if (_plans.Find(p => p.Id == plan.Id) is { } first)
            {
                log.Warning(plan.Source, $"plan id '{plan.Id}' is already used by the plan at {first.Source}; this plan is skipped");
                continue;
            }

            _plans.Add(plan);
        }
    }

    public PlanSet Result() => new([.. _plans], [.. _problems]);

    private ProblemLog LogFor(string fullPath) => new(Path.GetRelativePath(workingDirectory, fullPath), _problems);

    private static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal);
}
