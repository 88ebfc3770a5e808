using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_BackstageExamples_PrintsCountsByKindAndExitsZero()
    {
        var (exitCode, output) = await CliRunner.RunAsync("validate", "--catalog", RepoPaths.BackstageAll, "--catalog", RepoPaths.BackstageOrg);

        Assert.Equal(0, exitCode);
        Assert.Contains("67 entities loaded from 49 files", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+Component\s+13$", output);
        Assert.Matches(@"(?m)^\s+User\s+17$", output);
        Assert.Matches(@"(?m)^\s+Location\s+9$", output);
        Assert.Contains("0 error(s), 2 warning(s)", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\S+code-review-plugin\.yaml:12:7: warning: spec\.skills", output);
    }

    [Fact]
    public async Task Validate_InvalidComponent_PrintsPositionedErrorAndExitsOne()
    {
        var (exitCode, output) = await CliRunner.RunAsync("validate", "--catalog", Path.Combine(RepoPaths.EdgeCases, "invalid-component.yaml"));

        Assert.Equal(1, exitCode);
        Assert.Matches(@"(?m)^\S*invalid-component\.yaml:4:9: error: metadata\.name 'invalid component' is invalid", output);
        Assert.Matches(@"(?m)^\S*invalid-component\.yaml:11:7: error: tag 'go 1\.15\.3' is invalid", output);
    }

    [Fact]
    public async Task Validate_MissingPath_ReportsItAndExitsOne()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"wayfinder-missing-{Guid.NewGuid():N}");

        var (exitCode, output) = await CliRunner.RunAsync("validate", "--catalog", missing);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: catalog path not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SampleCatalog_HasNoErrorsOrWarnings()
    {
        var (exitCode, output) = await CliRunner.RunAsync("validate", "--catalog", RepoPaths.Manifests);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }
}
