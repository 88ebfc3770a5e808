using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Cli;

public sealed class SearchCommandTests
{
    [Fact]
    public async Task Search_Json_PrintsHitsInApiShape()
    {
        var (exitCode, output) = await CliRunner.RunAsync("search", "ArtistLookup", "--json", "--catalog", RepoPaths.BackstageAll, "--catalog", RepoPaths.BackstageOrg);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement[0];
        Assert.Equal("component:default/artist-lookup", first.GetProperty("ref").GetString());
        Assert.Equal("group:default/team-a", first.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Search_Text_PrintsNumberedHits()
    {
        var (exitCode, output) = await CliRunner.RunAsync("search", "artst-lookup", "--limit", "1", "--catalog", RepoPaths.BackstageAll);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^ 1\. component:default/artist-lookup  ""artist-lookup""  owner: group:default/team-a  score: \d+\.\d\d", output);
        Assert.DoesNotContain(" 2. ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoMatch_SaysSo()
    {
        var (exitCode, output) = await CliRunner.RunAsync("search", "zzqqxxyy", "--catalog", RepoPaths.BackstageAll);

        Assert.Equal(0, exitCode);
        Assert.Equal("No matches.", output.Trim());
    }

    [Fact]
    public async Task Search_MissingText_FailsWithUsageError()
    {
        var (exitCode, output) = await CliRunner.RunAsync("search");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("text", output, StringComparison.OrdinalIgnoreCase);
    }
}
