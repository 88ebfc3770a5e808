using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Loading;

/// <summary><c>$text</c>, <c>$json</c> and <c>$yaml</c> through the real loader over real files.</summary>
public sealed class SubstitutionResolverTests : IDisposable
{
    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task LoadAsync_TextSubstitution_ReplacedByFileTextRelativeToContainingFile()
    {
        const string definition = "openapi: 3.1.0\ninfo:\n  title: Payments\n  version: 1.0.0\n";
        _catalog.Write("apis/definitions/payments.oas.yaml", definition);
        _catalog.Write("apis/payments.yaml", ApiWithDefinition("$text: ./definitions/payments.oas.yaml"));

        var loaded = await Load("apis/payments.yaml");

        Assert.Empty(loaded.Problems);
        var scalar = Assert.IsType<DescriptorScalar>(Assert.Single(loaded.Entities).Spec["definition"]);
        Assert.Equal(definition, scalar.Value);
        Assert.False(scalar.IsPlain);
    }

    [Fact]
    public async Task LoadAsync_JsonSubstitution_ReplacedByParsedStructure()
    {
        _catalog.Write("c/extra.json", """{"team": "payments", "ports": [80, 443], "tls": true, "none": null}""");
        _catalog.Write("c/c.yaml", Component("c", extraSpec: "  extra:\n    $json: extra.json"));

        var loaded = await Load("c/c.yaml");

        Assert.Empty(loaded.Problems);
        var extra = Assert.IsType<DescriptorMap>(Assert.Single(loaded.Entities).Spec["extra"]);
        Assert.Equal("payments", extra.Text("team"));
        Assert.Equal(["80", "443"], ((DescriptorList)extra["ports"]!).Items.Select(i => i.AsText()));
        Assert.Equal("true", extra.Text("tls"));
        Assert.Null(extra.Text("none"));
    }

    [Fact]
    public async Task LoadAsync_YamlSubstitution_ReplacedByParsedStructure()
    {
        _catalog.Write("c/shared/extra.yaml", "team: payments\nports: [80, 443]\nswitch: on\n");
        _catalog.Write("c/c.yaml", Component("c", extraSpec: "  extra:\n    $yaml: ./shared/extra.yaml"));

        var loaded = await Load("c/c.yaml");

        Assert.Empty(loaded.Problems);
        var extra = Assert.IsType<DescriptorMap>(Assert.Single(loaded.Entities).Spec["extra"]);
        Assert.Equal("payments", extra.Text("team"));
        Assert.Equal("on", extra.Text("switch"));
        Assert.Equal(2, ((DescriptorList)extra["ports"]!).Items.Count);
    }

    [Fact]
    public async Task LoadAsync_WholeSpecFromYaml_ValidatedAfterSubstitution()
    {
        _catalog.Write("c/spec.yaml", "type: service\nlifecycle: production\nowner: team-a\n");
        _catalog.Write("c/bad-spec.yaml", "type: service\n");
        _catalog.Write("c/c.yaml", Documents(
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: good\nspec:\n  $yaml: spec.yaml\n",
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: bad\nspec:\n  $yaml: bad-spec.yaml\n"));

        var loaded = await Load("c/c.yaml");

        var entity = Assert.Single(loaded.Entities);
        Assert.Equal(("good", "team-a"), (entity.Metadata.Name, entity.Spec.Text("owner")));
        Assert.Equal(2, loaded.Problems.Count(p => p.Severity == ProblemSeverity.Error && p.Message.EndsWith("is required for kind component", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task LoadAsync_SubstitutionInsideList_Replaced()
    {
        _catalog.Write("notes.txt", "hello");
        _catalog.Write("c.yaml", Component("c", extraSpec: "  notes:\n    - $text: notes.txt\n    - plain"));

        var loaded = await Load("c.yaml");

        Assert.Empty(loaded.Problems);
        var notes = (DescriptorList)Assert.Single(loaded.Entities).Spec["notes"]!;
        Assert.Equal(["hello", "plain"], notes.Items.Select(i => i.AsText()));
    }

    [Fact]
    public async Task LoadAsync_MapWithOtherKeysBesideText_IsNotASubstitution()
    {
        _catalog.Write("c.yaml", Component("c", extraSpec: "  extra:\n    $text: notes.txt\n    other: x"));

        var loaded = await Load("c.yaml");

        Assert.Empty(loaded.Problems);
        Assert.Equal("notes.txt", ((DescriptorMap)Assert.Single(loaded.Entities).Spec["extra"]!).Text("$text"));
    }

    [Theory]
    [InlineData("https://raw.githubusercontent.com/OAI/OpenAPI-Specification/main/examples/v3.1/webhook-example.yaml")]
    [InlineData("http://example.com/api.yaml")]
    public async Task LoadAsync_TextSubstitutionWithUrl_LeftAsIs(string url)
    {
        _catalog.Write("api.yaml", ApiWithDefinition($"$text: {url}"));

        var loaded = await Load("api.yaml");

        Assert.Empty(loaded.Problems);
        var definition = Assert.IsType<DescriptorMap>(Assert.Single(loaded.Entities).Spec["definition"]);
        Assert.Equal(url, definition.Text("$text"));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("../catalog-private/secret.txt")]
    [InlineData("/etc/hostname")]
    public async Task LoadAsync_SubstitutionOutsideCatalogFolders_RefusedWithErrorAndEntitySkipped(string target)
    {
        _catalog.Write("secret.txt", "password");
        _catalog.Write("catalog-private/secret.txt", "password");
        _catalog.Write("catalog/api.yaml", ApiWithDefinition($"$text: {target}"));
        _catalog.Write("catalog/other.yaml", Component("other"));

        var loaded = await Load("catalog");

        Assert.Equal("component:default/other", Assert.Single(loaded.Entities).Ref.ToString());
        var error = Assert.Single(loaded.Problems);
        Assert.Equal(
            $"{Path.Combine("catalog", "api.yaml")}:10:12: error: $text target '{target}' lies outside the catalog folders; not read",
            error.ToString());
    }

    [Fact]
    public async Task LoadAsync_SubstitutionOfMissingFile_ReportsError()
    {
        _catalog.Write("api.yaml", ApiWithDefinition("$text: ./missing.oas.yaml"));

        var loaded = await Load("api.yaml");

        Assert.Empty(loaded.Entities);
        Assert.Equal("api.yaml:10:12: error: $text target './missing.oas.yaml': file not found", Assert.Single(loaded.Problems).ToString());
    }

    [Fact]
    public async Task LoadAsync_JsonSubstitutionOfInvalidJson_ReportsError()
    {
        _catalog.Write("broken.json", "{\"a\": ");
        _catalog.Write("c.yaml", Component("c", extraSpec: "  extra:\n    $json: broken.json"));

        var loaded = await Load("c.yaml");

        Assert.Empty(loaded.Entities);
        var error = Assert.Single(loaded.Problems);
        Assert.Equal((ProblemSeverity.Error, 11, 5), (error.Severity, error.Position.Line, error.Position.Column));
        Assert.Contains("$json target 'broken.json' is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_YamlSubstitutionOfHostileYaml_ReportsErrorWithItsLine()
    {
        _catalog.Write("bomb.yaml", HostileYaml.AliasBomb());
        _catalog.Write("c.yaml", Component("c", extraSpec: "  extra:\n    $yaml: bomb.yaml"));

        var loaded = await Load("c.yaml");

        Assert.Empty(loaded.Entities);
        var error = Assert.Single(loaded.Problems);
        Assert.Contains("$yaml target 'bomb.yaml' line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("expands to more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_EmptySubstitutionTarget_ReportsError()
    {
        _catalog.Write("api.yaml", ApiWithDefinition("$text: ''"));

        var loaded = await Load("api.yaml");

        Assert.Empty(loaded.Entities);
        Assert.Equal("api.yaml:10:12: error: $text needs a file path or URL", Assert.Single(loaded.Problems).ToString());
    }

    [Fact]
    public async Task LoadAsync_AliasedSubstitution_ResolvedOncePerWrittenNode()
    {
        // One refused $text aliased 100,000 times (well inside the node budget) must cost one check and one error,
        // not one per alias: a 16 MB file substituted per alias would otherwise be read and held 100,000 times.
        _catalog.Write("c.yaml", Component("c", extraSpec: "  payload: &p {$text: ../outside.txt}\n" + AliasLevels("p", levels: 5, indent: "  ")));

        var loaded = await Load("c.yaml");

        Assert.Empty(loaded.Entities);
        var error = Assert.Single(loaded.Problems);
        Assert.Contains("$text target '../outside.txt' lies outside the catalog folders", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_AliasedSubstitution_EveryAliasGetsTheText()
    {
        _catalog.Write("notes.txt", "hello");
        _catalog.Write("c.yaml", Component("c", extraSpec: "  first: &n {$text: notes.txt}\n  second: *n\n  list: [*n, *n]"));

        var loaded = await Load("c.yaml");

        Assert.Empty(loaded.Problems);
        var spec = Assert.Single(loaded.Entities).Spec;
        var texts = new[] { spec["first"]!, spec["second"]! }.Concat(((DescriptorList)spec["list"]!).Items).Select(n => n.AsText());
        Assert.Equal(["hello", "hello", "hello", "hello"], texts);
    }

    private Task<LoadResult> Load(params string[] paths) => SnapshotLoader.LoadAsync(_catalog.Root, paths);

    private static string ApiWithDefinition(string substitution) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: API
        metadata:
          name: payments
        spec:
          type: openapi
          lifecycle: production
          owner: team-a
          definition:
            {substitution}

        """;

    /// <summary><paramref name="levels"/> lists of ten aliases, each of the level before, starting from <c>*anchor</c>.</summary>
    private static string AliasLevels(string anchor, int levels, string indent)
    {
        var lines = new List<string>();
        var previous = anchor;
        for (var level = 1; level <= levels; level++)
        {
            lines.Add($"{indent}x{level}: &x{level} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 10))}]");
            previous = $"x{level}";
        }

        return string.Join('\n', lines);
    }
}
