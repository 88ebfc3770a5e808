using System.CommandLine;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Bot.Cli;

/// <summary><c>validate [--catalog PATH]...</c>: counts by kind, then every problem; exit 1 when there are errors.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var catalogOption = CatalogCliOption.Create();
        var command = new Command("validate", "Load the catalog, print entity counts by kind and every error and warning as path:line:column; exit 1 on errors.")
        {
            catalogOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (catalog, host) = await CatalogCliOption.LoadAsync(parse.GetValue(catalogOption), cancellationToken).ConfigureAwait(false);
            using (host)
            {
                var output = parse.InvocationConfiguration.Output;
                Print(catalog.Snapshot, catalog.Status, output);
                return catalog.Status.State == CatalogState.Loaded && catalog.Snapshot.ErrorCount == 0 ? 0 : 1;
            }
        });
        return command;
    }

    private static void Print(CatalogSnapshot snapshot, CatalogStatus status, TextWriter output)
    {
        output.WriteLine($"{snapshot.Entities.Count} entities loaded in {status.LoadDuration.TotalMilliseconds:F0} ms");
        foreach (var (kind, count) in snapshot.CountsByKind)
        {
            output.WriteLine($"  {kind,-12} {count,6}");
        }

        foreach (var problem in snapshot.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        var warnings = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Warning);
        output.WriteLine($"{snapshot.ErrorCount} error(s), {warnings} warning(s)");
        if (status.LastFailure is { } failure)
        {
            output.WriteLine($"load failed: {failure}");
        }
    }
}
