using System.Diagnostics;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Cli;

/// <summary><c>ask</c>: one question as text or JSON, or a batch from standard input.</summary>
public sealed class AskCommandTests
{
    private static readonly string[] ExampleCatalog = ["--catalog", RepoPaths.BackstageAll, "--catalog", RepoPaths.BackstageOrg];

    [Fact]
    public async Task Ask_Question_PrintsTheAnswerAndItsSource()
    {
        var (exitCode, output) = await CliRunner.RunAsync(["ask", "who owns artst-lookup", .. ExampleCatalog]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("artist-lookup is owned by team-a", output, StringComparison.Ordinal);
        Assert.Contains("Source: ", output, StringComparison.Ordinal);
        Assert.Contains("artist-lookup-component.yaml:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Json_PrintsTheAnswerContract()
    {
        var (exitCode, output) = await CliRunner.RunAsync(["ask", "docs for the petstore API", "--json", .. ExampleCatalog]);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("docs", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("api:default/petstore", json.RootElement.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Ask_NoQuestion_AnswersEachStandardInputLineAsOneJsonLine()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "Wayfinder.Bot.dll"), "ask", .. ExampleCatalog])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("who owns artist-lookup\n\nwho is on team-b\nrunbook for petstore\n");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, process.ExitCode);
        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["owner", "members", "runbook"], answers.Select(a => a.GetProperty("intent").GetString()));
        Assert.Equal("group:default/team-b", answers[1].GetProperty("subject").GetString());
    }
}
