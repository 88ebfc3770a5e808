using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
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
            using var host = CatalogCliOption.CreateHost(parse.GetValue(catalogOption));
            var started = TimeProvider.System.GetTimestamp();
            var snapshot = await host.Services.GetRequiredService<ICatalogLoader>().LoadAsync(cancellationToken).ConfigureAwait(false);
            Print(snapshot, TimeProvider.System.GetElapsedTime(started), parse.InvocationConfiguration.Output);
            return snapshot.ErrorCount == 0 ? 0 : 1;
        });
        return command;
    }

    private static void Print(CatalogSnapshot snapshot, TimeSpan elapsed, TextWriter output)
    {
        output.WriteLine($"{snapshot.Entities.Count} entities loaded from {snapshot.FilesRead} files in {elapsed.TotalMilliseconds:F0} ms");
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
    }
}
