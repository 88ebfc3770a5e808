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
