using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Loading;

public sealed class CatalogLoaderTests : IDisposable
{
    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task LoadAsync_MultiDocumentFile_LoadsEveryDocumentAndSkipsEmptyOnes()
    {
        _catalog.Write("team.yaml", "---\n# team-a and its people\n" + Documents(Group("team-a"), "", "# nothing here\n", User("jo", "[team-a]"), User("sam", "[team-a]")));

        var loaded = await Load("team.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["group:default/team-a", "user:default/jo", "user:default/sam"], Refs(loaded));
    }

    [Fact]
    public async Task LoadAsync_CommentsBeforeDocument_LoadsIt()
    {
        _catalog.Write("c.yaml", "# Owned by the payments team.\n# Ask in #payments.\n\n" + Component("payments-api"));

        var loaded = await Load("c.yaml");

        Assert.Empty(loaded.Problems);
        var entity = Assert.Single(loaded.Entities);
        Assert.Equal(4, entity.Source.Line);
    }

    [Fact]
    public async Task LoadAsync_UnknownKind_KeptWithWarning()
    {
        _catalog.Write("p.yaml", "apiVersion: example.com/v1\nkind: Pipeline\nmetadata:\n  name: nightly\nspec:\n  schedule: daily\n");

        var loaded = await Load("p.yaml");

        var entity = Assert.Single(loaded.Entities);
        Assert.Equal("pipeline:default/nightly", entity.Ref.ToString());
        var warning = Assert.Single(loaded.Problems);
        Assert.Equal("p.yaml:2:7: warning: unknown kind 'Pipeline'; pipeline:default/nightly is kept as a generic entity", warning.ToString());
    }

    [Fact]
    public async Task LoadAsync_InvalidDocument_SkippedWhileNextDocumentInSameFileLoads()
    {
        _catalog.Write("mixed.yaml", Documents(Component("good-one"), Component("bad one"), Component("good-two")));

        var loaded = await Load("mixed.yaml");

        Assert.Equal(["component:default/good-one", "component:default/good-two"], Refs(loaded));
        var error = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.StartsWith("mixed.yaml:15:9: error: metadata.name 'bad one' is invalid", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Problem_FormattedAsPathLineColumnSeverityMessage()
    {
        _catalog.Write("teams/payments/catalog-info.yaml", Component("payments-api", extraMetadata: "  tags: [Payments]"));

        var loaded = await Load("teams");

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(
            $"{Path.Combine("teams", "payments", "catalog-info.yaml")}:5:10: error: tag 'Payments' is invalid: 1-63 lower-case letters, digits, ':', '+' or '#', joined by single '-'",
            problem.ToString());
    }

    [Fact]
    public async Task LoadAsync_Folder_LoadsEveryYamlAndYmlBelowItExceptExcluded()
    {
        _catalog.Write("catalog/a.yaml", Component("a"));
        _catalog.Write("catalog/deep/er/b.yml", Component("b"));
        _catalog.Write("catalog/notes.txt", "not a descriptor");
        _catalog.Write("catalog/templates/skip.yaml", Component("skipped"));
        var options = new CatalogOptions { Exclude = ["templates/**"] };

        var loaded = await SnapshotLoader.LoadAsync(options, _catalog.Root, "catalog");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["component:default/a", "component:default/b"], Refs(loaded));
        Assert.Equal(2, loaded.FilesRead);
    }

    [Fact]
    public async Task LoadAsync_MissingPath_ReportsError()
    {
        _catalog.Write("a.yaml", Component("a"));

        var loaded = await Load("a.yaml", "nowhere.yaml");

        Assert.Single(loaded.Entities);
        var error = Assert.Single(loaded.Problems);
        Assert.Equal("nowhere.yaml:1:1: error: catalog path not found (no such file or folder)", error.ToString());
    }

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

    [Fact]
    public async Task LoadAsync_DuplicateRefInAnyCase_WarnsNamingTheDefinitionThatWins()
    {
        _catalog.Write("a.yaml", Component("payments-api"));
        _catalog.Write("b.yaml", "# the same entity again\n" + Component("Payments-API", owner: "team-b"));

        var loaded = await Load("a.yaml", "b.yaml");

        var entity = Assert.Single(loaded.Entities);
        Assert.Equal("team-a", entity.Spec.Text("owner"));
        var warning = Assert.Single(loaded.Problems);
        Assert.Equal(
            "b.yaml:2:1: warning: duplicate entity component:default/payments-api: the definition at a.yaml:1:1 wins; this one is ignored",
            warning.ToString());
    }

    [Fact]
    public async Task LoadAsync_SameNameInOtherKindOrNamespace_IsNoDuplicate()
    {
        _catalog.Write("a.yaml", Documents(
            Component("petstore"),
            Api("petstore"),
            Component("petstore", extraMetadata: "  namespace: other")));

        var loaded = await Load("a.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["component:default/petstore", "api:default/petstore", "component:other/petstore"], Refs(loaded));
    }

    [Fact]
    public async Task LoadAsync_ScalarsYamlWouldCoerce_StayStrings()
    {
        _catalog.Write("c.yaml", """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: 0123
              labels:
                switch: on
                release: 1.0.0
                code: 0123
                answer: yes
                since: 2024-01-01
              annotations:
                example.com/release: 1.0.0
                example.com/since: 2024-01-01
                example.com/quoted: 'yes'
            spec:
              type: 1.0
              lifecycle: on
              owner: team-a
              version: 1.0.0
              since: 2024-01-01
            """);

        var loaded = await Load("c.yaml");

        Assert.Empty(loaded.Problems);
        var entity = Assert.Single(loaded.Entities);
        Assert.Equal("0123", entity.Metadata.Name);
        Assert.Equal(
            new Dictionary<string, string> { ["switch"] = "on", ["release"] = "1.0.0", ["code"] = "0123", ["answer"] = "yes", ["since"] = "2024-01-01" },
            entity.Metadata.Labels);
        Assert.Equal("1.0.0", entity.Annotation("example.com/release"));
        Assert.Equal("2024-01-01", entity.Annotation("example.com/since"));
        Assert.Equal("yes", entity.Annotation("example.com/quoted"));
        Assert.Equal(("1.0", "on"), (entity.Type, entity.Lifecycle));
        Assert.Equal(("1.0.0", "2024-01-01"), (entity.Spec.Text("version"), entity.Spec.Text("since")));
    }

    [Fact]
    public async Task LoadAsync_UnquotedBooleanAnnotation_WarnsAndLoads()
    {
        _catalog.Write("c.yaml", Component("c", extraMetadata: "  annotations:\n    example.com/enabled: true"));

        var loaded = await Load("c.yaml");

        Assert.Equal("true", Assert.Single(loaded.Entities).Annotation("example.com/enabled"));
        var warning = Assert.Single(loaded.Problems);
        Assert.StartsWith("c.yaml:6:26: warning: annotation 'example.com/enabled' has the unquoted value true", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Utf8ByteOrderMark_IsIgnored()
    {
        _catalog.WriteBytes("bom.yaml", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Component("with-bom"))]);

        var loaded = await Load("bom.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal("with-bom", Assert.Single(loaded.Entities).Metadata.Name);
    }

    [Fact]
    public async Task LoadAsync_EntitySource_IsFileAndLineOfItsDocument()
    {
        _catalog.Write("sub/team.yaml", Documents(Group("team-a"), User("jo", "[team-a]")));

        var loaded = await Load("sub");

        Assert.Equal(new SourcePosition(Path.Combine("sub", "team.yaml"), 11, 1), loaded.Entities[1].Source);
    }

    private Task<LoadResult> Load(params string[] paths) => SnapshotLoader.LoadAsync(_catalog.Root, paths);

    private static List<string> Refs(LoadResult loaded) => loaded.Entities.Select(e => e.Ref.ToString()).ToList();
}
