using System.Text.Json;
using Wayfinder.Bot.Cli;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Cli;

public sealed class SearchCommandTests
{
    [Fact]
    public async Task Search_Json_PrintsHitsInApiShape()
    {
        var (exitCode, output) = await RunAsync("search", "ArtistLookup", "--json", "--catalog", RepoPaths.BackstageAll, "--catalog", RepoPaths.BackstageOrg);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement[0];
        Assert.Equal("component:default/artist-lookup", first.GetProperty("ref").GetString());
        Assert.Equal("group:default/team-a", first.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Search_Text_PrintsNumberedHits()
    {
        var (exitCode, output) = await RunAsync("search", "artst-lookup", "--limit", "1", "--catalog", RepoPaths.BackstageAll);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^ 1\. component:default/artist-lookup  ""artist-lookup""  owner: group:default/team-a  score: \d+\.\d\d", output);
        Assert.DoesNotContain(" 2. ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoMatch_SaysSo()
    {
        var (exitCode, output) = await RunAsync("search", "zzqqxxyy", "--catalog", RepoPaths.BackstageAll);

        Assert.Equal(0, exitCode);
        Assert.Equal("No matches.", output.Trim());
    }

    [Fact]
    public async Task Search_MissingText_FailsWithUsageError()
    {
        var (exitCode, output) = await RunAsync("search");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("text", output, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliSetup.RunAsync(args, output, error);
        return (exitCode, output + error.ToString());
    }
}
