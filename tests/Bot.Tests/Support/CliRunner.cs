using Wayfinder.Bot.Cli;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>Runs a CLI invocation in-process, capturing what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliSetup.RunAsync(args, output, error);
        return (exitCode, output.ToString() + error);
    }
}
