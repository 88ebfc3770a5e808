using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Loading;

/// <summary>Following Location entities: relative targets, lists, globs, cycles, depth, missing and remote targets.</summary>
public sealed class CatalogLoaderLocationTests : IDisposable
{
    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task LoadAsync_LocationTargets_ResolvedAgainstTheLocationsOwnFolder()
    {
        // root -> org/teams.yaml -> (relative to org/) payments/catalog-info.yaml -> (relative to org/payments/) api/api.yaml
        _catalog.Write("all.yaml", Location("root", "./org/teams.yaml"));
        _catalog.Write("org/teams.yaml", Documents(Group("payments"), Location("teams", "./payments/catalog-info.yaml")));
        _catalog.Write("org/payments/catalog-info.yaml", Documents(Component("payments-api", "payments"), Location("apis", "api/api.yaml")));
        _catalog.Write("org/payments/api/api.yaml", Api("payments"));
        _catalog.Write("payments/catalog-info.yaml", Component("wrong-folder")); // what a root-relative resolution would find

        var loaded = await Load("all.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal(
            ["location:default/root", "group:default/payments", "location:default/teams", "component:default/payments-api", "location:default/apis", "api:default/payments"],
            Refs(loaded));
    }

    [Fact]
    public async Task LoadAsync_LocationWithTargetAndTargets_FollowsBoth()
    {
        _catalog.Write("all.yaml", """
            apiVersion: backstage.io/v1alpha1
            kind: Location
            metadata:
              name: both
            spec:
              target: ./a.yaml
              targets: [./b.yaml, ./c.yaml]
            """);
        _catalog.Write("a.yaml", Component("a"));
        _catalog.Write("b.yaml", Component("b"));
        _catalog.Write("c.yaml", Component("c"));

        var loaded = await Load("all.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["location:default/both", "component:default/a", "component:default/b", "component:default/c"], Refs(loaded));
    }

    [Fact]
    public async Task LoadAsync_LocationCycle_WarnsAndTerminates()
    {
        _catalog.Write("a.yaml", Documents(Component("a"), Location("to-b", "./sub/b.yaml")));
        _catalog.Write("sub/b.yaml", Documents(Component("b"), Location("to-a", "../a.yaml")));

        var loaded = await Load("a.yaml");

        Assert.Equal(["component:default/a", "location:default/to-b", "component:default/b", "location:default/to-a"], Refs(loaded));
        var warning = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(Path.Combine("sub", "b.yaml"), warning.Position.Path);
        Assert.Contains($"location cycle a.yaml -> {Path.Combine("sub", "b.yaml")} -> a.yaml", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_SameFileFromTwoLocations_LoadedOnceWithoutDuplicateWarning()
    {
        _catalog.Write("all.yaml", Documents(Location("one", "./shared.yaml"), Location("two", "./shared.yaml")));
        _catalog.Write("shared.yaml", Component("shared"));

        var loaded = await Load("all.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Single(loaded.Entities, e => e.Ref.Kind == KnownKinds.Component);
    }

    [Fact]
    public async Task LoadAsync_LocationsNestedDeeperThanLimit_ReportsErrorAndStops()
    {
        for (var i = 0; i < 5; i++)
        {
            _catalog.Write($"l{i}.yaml", Documents(Component($"c{i}"), Location($"l{i}", $"./l{i + 1}.yaml")));
        }

        _catalog.Write("l5.yaml", Component("c5"));
        var options = new CatalogOptions { MaxLocationDepth = 2 };

        var loaded = await SnapshotLoader.LoadAsync(options, _catalog.Root, "l0.yaml");

        // l0.yaml is the first level, l1.yaml the second; l2.yaml would be a third.
        Assert.Equal(["c0", "c1"], loaded.Entities.Where(e => e.Ref.Kind == KnownKinds.Component).Select(e => e.Metadata.Name));
        var error = Assert.Single(loaded.Problems);
        Assert.Contains("locations nest deeper than 2 levels (Catalog:MaxLocationDepth)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingTarget_ReportsErrorAtTarget()
    {
        _catalog.Write("all.yaml", Location("root", "./a.yaml", "./missing.yaml"));
        _catalog.Write("a.yaml", Component("a"));

        var loaded = await Load("all.yaml");

        Assert.Contains(loaded.Entities, e => e.Ref.ToString() == "component:default/a");
        var error = Assert.Single(loaded.Problems);
        Assert.Equal("all.yaml:8:7: error: location target './missing.yaml' not found (resolved against .)", error.ToString());
    }

    [Fact]
    public async Task LoadAsync_MissingOptionalTarget_NoProblem()
    {
        _catalog.Write("all.yaml", """
            apiVersion: backstage.io/v1alpha1
            kind: Location
            metadata:
              name: optional
            spec:
              presence: optional
              targets: [./a.yaml, ./not-yet.yaml]
            """);
        _catalog.Write("a.yaml", Component("a"));

        var loaded = await Load("all.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["location:default/optional", "component:default/a"], Refs(loaded));
    }

    [Fact]
    public async Task LoadAsync_GlobTarget_FollowsEveryMatchInOrder()
    {
        _catalog.Write("all.yaml", Location("teams", "./teams/*/catalog-info.yaml"));
        _catalog.Write("teams/b/catalog-info.yaml", Component("b"));
        _catalog.Write("teams/a/catalog-info.yaml", Component("a"));
        _catalog.Write("teams/a/other.yaml", Component("not-matched"));

        var loaded = await Load("all.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["location:default/teams", "component:default/a", "component:default/b"], Refs(loaded));
    }

    [Fact]
    public async Task LoadAsync_GlobTargetGoingUp_ResolvedFromTheLocationsFolder()
    {
        _catalog.Write("org/all.yaml", Location("teams", "../teams/*.yaml"));
        _catalog.Write("teams/a.yaml", Component("a"));
        _catalog.Write("org/teams/wrong.yaml", Component("wrong"));

        var loaded = await Load("org/all.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["location:default/teams", "component:default/a"], Refs(loaded));
    }

    [Fact]
    public async Task LoadAsync_GlobWithoutMatch_ReportsError()
    {
        _catalog.Write("all.yaml", Location("teams", "./teams/**/catalog-info.yaml"));

        var loaded = await Load("all.yaml");

        var error = Assert.Single(loaded.Problems);
        Assert.Contains("location target './teams/**/catalog-info.yaml' not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RemoteTarget_WarnedAndNotFollowed()
    {
        _catalog.Write("all.yaml", Location("remote", "https://github.com/backstage/backstage/blob/master/catalog-info.yaml", "./a.yaml"));
        _catalog.Write("a.yaml", Component("a"));

        var loaded = await Load("all.yaml");

        Assert.Equal(["location:default/remote", "component:default/a"], Refs(loaded));
        var warning = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal((7, 7), (warning.Position.Line, warning.Position.Column));
        Assert.Contains("is remote; only local files are followed", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_AbsolutePathTarget_Followed()
    {
        var target = _catalog.Write("elsewhere/a.yaml", Component("a"));
        _catalog.Write("all.yaml", Location("absolute", target));

        var loaded = await Load("all.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Contains(loaded.Entities, e => e.Ref.ToString() == "component:default/a");
    }

    private Task<LoadResult> Load(params string[] paths) => SnapshotLoader.LoadAsync(_catalog.Root, paths);

    private static List<string> Refs(LoadResult loaded) => loaded.Entities.Select(e => e.Ref.ToString()).ToList();
}
