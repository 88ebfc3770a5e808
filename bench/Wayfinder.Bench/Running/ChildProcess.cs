using System.Diagnostics;
using System.Text.Json;

namespace Wayfinder.Bench.Running;

/// <summary>
/// Runs this benchmark again in a fresh process (so each size has its own peak memory and a cold start), passing
/// hidden arguments, and reads back the JSON result the child writes. The child's progress goes to stderr.
/// </summary>
internal static class ChildProcess
{
    public static async Task<T> RunAsync<T>(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var resultFile = Path.Combine(Path.GetTempPath(), $"wayfinder-bench-{Guid.NewGuid():N}.json");
        try
        {
            using var process = Process.Start(StartInfo([.. arguments, "--result", resultFile]))
                ?? throw new InvalidOperationException("could not start the measuring process");
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0 || !File.Exists(resultFile))
            {
                throw new InvalidOperationException($"the measuring process ({string.Join(' ', arguments)}) exited with code {process.ExitCode}");
            }

            await using var stream = File.OpenRead(resultFile);
            return await JsonSerializer.DeserializeAsync<T>(stream, ResultJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("the measuring process wrote an empty result");
        }
        finally
        {
            File.Delete(resultFile);
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> arguments)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this process's executable");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // Started as `dotnet Wayfinder.Bench.dll`: pass the assembly again.
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
