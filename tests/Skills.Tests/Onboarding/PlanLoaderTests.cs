using Wayfinder.Bot.Tests.Support;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;
using Wayfinder.Skills.Onboarding;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Onboarding;

public sealed class PlanLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task LoadAsync_ShippedPlans_LoadWithoutProblems()
    {
        var set = await PlanLoader.LoadAsync([Path.Combine(RepoPaths.Manifests, "onboarding")], RepoPaths.Root, CancellationToken.None);

        Assert.Empty(set.Problems);
        Assert.Equal(["checkout-payments", "default"], set.Plans.Select(p => p.Id));
        var everyone = set.Find("default")!;
        Assert.True(everyone.Audience.Everyone);
        Assert.InRange(everyone.Steps.Count, 8, 12);
        Assert.Equal("manifests/onboarding/default.yaml", everyone.Source.Path.Replace('\\', '/'));
        var payments = set.Find("checkout-payments")!;
        Assert.Equal([EntityRef.Parse("group:default/checkout-payments")], payments.Audience.Groups);
    }

    [Fact]
    public async Task LoadAsync_ShippedPlans_UseEveryTeamPlaceholderAndOnlyKnownOnes()
    {
        var set = await PlanLoader.LoadAsync([Path.Combine(RepoPaths.Manifests, "onboarding")], RepoPaths.Root, CancellationToken.None);

        var used = set.Plans.SelectMany(p => p.Steps).SelectMany(s => PlanPlaceholders.In(s.Message)).ToHashSet();
        Assert.Superset(new HashSet<string>(["team.owned", "team.runbooks", "team.oncall", "buddy", "manager"]), used);
        Assert.Subset(PlanPlaceholders.Names.ToHashSet(), used);
    }

    [Fact]
    public async Task LoadAsync_DuplicatePlanIdAcrossFiles_FirstInPathOrderWinsWarningNamesBoth()
    {
        _folder.Write("b.yaml", Plan("backend", "Second"));
        _folder.Write("a.yaml", "# comment\n" + Plan("backend", "First"));

        var set = await PlanLoader.LoadAsync([_folder.Root], _folder.Root, CancellationToken.None);

        Assert.Equal("First", Assert.Single(set.Plans).Title);
        var warning = Assert.Single(set.Problems);
        Assert.Equal("b.yaml:1:1: warning: plan id 'backend' is already used by the plan at a.yaml:2:1; this plan is skipped", warning.ToString());
    }

    [Fact]
    public async Task LoadAsync_MalformedYaml_ReportedWithPositionWhileGoodFileLoads()
    {
        _folder.Write("bad.yaml", "id: broken\ntitle: [unclosed\nfor: everyone\n");
        _folder.Write("good.yml", Plan("good", "Good"));

        var set = await PlanLoader.LoadAsync([_folder.Root], _folder.Root, CancellationToken.None);

        Assert.Equal("good", Assert.Single(set.Plans).Id);
        var error = Assert.Single(set.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal("bad.yaml", error.Position.Path);
        Assert.True(error.Position.Line > 1, error.ToString());
        Assert.Matches(@"^bad\.yaml:\d+:\d+: error: ", error.ToString());
    }

    [Fact]
    public async Task LoadAsync_FileOverOneMebibyte_RefusedWhileOthersLoad()
    {
        _folder.Write("huge.yaml", Plan("huge", "Huge") + "# " + new string('x', PlanLoader.MaxFileBytes) + "\n");
        _folder.Write("small.yaml", Plan("small", "Small"));

        var set = await PlanLoader.LoadAsync([_folder.Root], _folder.Root, CancellationToken.None);

        Assert.Equal("small", Assert.Single(set.Plans).Id);
        var error = Assert.Single(set.Problems);
        Assert.StartsWith("huge.yaml:1:1: error: file is 1,048,", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("larger than the 1,048,576-byte limit for onboarding plans; not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FolderWithSubfoldersAndOtherFiles_ReadsOnlyYamlInPathOrder()
    {
        _folder.Write("teams/z.yaml", Plan("zed", "Z"));
        _folder.Write("a.yml", Plan("alpha", "A"));
        _folder.Write("README.md", "# not a plan");
        _folder.Write("notes.txt", "id: nope");

        var set = await PlanLoader.LoadAsync([_folder.Root], _folder.Root, CancellationToken.None);

        Assert.Empty(set.Problems);
        Assert.Equal(["alpha", "zed"], set.Plans.Select(p => p.Id));
        Assert.Equal(Path.Combine("teams", "z.yaml"), set.Find("ZED")!.Source.Path);
    }

    [Fact]
    public async Task LoadAsync_MissingPath_ErrorAndOtherPathsLoad()
    {
        var file = _folder.Write("one.yaml", Plan("one", "One"));

        var set = await PlanLoader.LoadAsync(["missing", file], _folder.Root, CancellationToken.None);

        Assert.Equal("one", Assert.Single(set.Plans).Id);
        Assert.Equal("missing:1:1: error: onboarding plan path not found (no such file or folder)", Assert.Single(set.Problems).ToString());
    }

    [Fact]
    public async Task LoadAsync_Cancelled_Throws()
    {
        _folder.Write("one.yaml", Plan("one", "One"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => PlanLoader.LoadAsync([_folder.Root], _folder.Root, new CancellationToken(canceled: true)));
    }

    private static string Plan(string id, string title) =>
        $"id: {id}\ntitle: {title}\nfor: everyone\nsteps:\n  - id: welcome\n    day: 1\n    message: Hello\n";
}
