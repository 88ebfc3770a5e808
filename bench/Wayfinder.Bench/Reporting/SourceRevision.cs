using System.Diagnostics;

namespace Wayfinder.Bench.Reporting;

/// <summary>Which source was measured: the commit, and whether <c>src/</c> had uncommitted changes.</summary>
internal static class SourceRevision
{
    public static async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var commit = await GitAsync(["rev-parse", "--short", "HEAD"], cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(commit))
        {
            return "unknown (not a git checkout)";
        }

        var changes = await GitAsync(["status", "--porcelain", "--", "src"], cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(changes) ? commit.Trim() : $"{commit.Trim()} + uncommitted changes in src/";
    }

    private static async Task<string?> GitAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            arguments.ToList().ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
