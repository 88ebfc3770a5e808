using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Tests.Loading;

/// <summary>The Backstage example catalog (shared/fixtures) loaded from <c>all.yaml</c> and <c>acme-corp.yaml</c>.</summary>
public sealed class CatalogLoaderExampleTests(ExampleCatalog examples) : IClassFixture<ExampleCatalog>
{
    [Fact]
    public void LoadAsync_BothEntryPoints_GiveTheDocumentedCountsByKind()
    {
        // Expected counts: shared/fixtures/README.md.
        var expected = new Dictionary<string, int>
        {
            ["AiResource"] = 3, ["API"] = 10, ["Component"] = 13, ["Domain"] = 3, ["Group"] = 8,
            ["Location"] = 9, ["Resource"] = 1, ["System"] = 3, ["User"] = 17,
        };

        Assert.Equal(expected, examples.Snapshot.CountsByKind.ToDictionary(p => p.Key, p => p.Value));
        Assert.Equal(67, examples.Snapshot.Entities.Count);
        Assert.Equal(58, examples.Snapshot.Entities.Count(e => e.Ref.Kind != KnownKinds.Location));
    }

    [Fact]
    public void LoadAsync_BothEntryPoints_NoErrors()
    {
        Assert.DoesNotContain(examples.Loaded.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(0, examples.Snapshot.ErrorCount);
    }

    [Fact]
    public void LoadAsync_BothEntryPoints_OnlyWarningsAreTheDanglingSkillsOfCodeReviewPlugin()
    {
        var path = Path.Combine("backstage-examples", "ai-resources", "code-review-plugin.yaml");

        Assert.Equal(
            [
                $"{path}:12:7: warning: spec.skills of airesource:default/code-review-plugin refers to airesource:default/typescript-best-practices, which is not in the catalog",
                $"{path}:13:7: warning: spec.skills of airesource:default/code-review-plugin refers to airesource:default/security-review, which is not in the catalog",
            ],
            examples.Snapshot.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void LoadAsync_DanglingSkills_KeptAsRelations()
    {
        var plugin = EntityRef.Parse("airesource:default/code-review-plugin");

        Assert.Contains(new EntityRelation(RelationTypes.HasPart, EntityRef.Parse("airesource:default/security-review")),
            examples.Snapshot.RelationsOf(plugin));
        Assert.Empty(examples.Snapshot.Related(plugin, RelationTypes.HasPart));
    }

    [Fact]
    public void LoadAsync_AllInDefaultNamespaceExceptDevelopmentGuest()
    {
        var other = Assert.Single(examples.Snapshot.Entities, e => e.Ref.Namespace != EntityRef.DefaultNamespace);

        Assert.Equal("user:development/guest", other.Ref.ToString());
        Assert.Equal("Guest User", other.DisplayName);
    }

    [Fact]
    public void LoadAsync_UnknownSpecField_KeptWithoutError()
    {
        var artistLookup = examples.Get("component:artist-lookup");

        var field = Assert.IsType<DescriptorList>(artistLookup.Spec["apiConsumedBy"]);
        Assert.Equal("component:www-artist", Assert.Single(field.Items).AsText());
    }

    [Fact]
    public void LoadAsync_TextSubstitution_LoadsTheOpenApiFileIntoDefinition()
    {
        var webhook = examples.Get("api:petstore-webhook");

        var definition = Assert.IsType<DescriptorScalar>(webhook.Spec["definition"]);
        Assert.Equal(File.ReadAllText(Fixtures.Example("apis/petstore-webhook.oas.yaml")), definition.Value);
        Assert.StartsWith("openapi: 3.1.0", definition.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAsync_McpServerApiWithoutDefinition_Loaded()
    {
        var mcp = examples.Get("api:backstage-mcp-server");

        Assert.Null(mcp.Spec["definition"]);
        Assert.IsType<DescriptorList>(mcp.Spec["remotes"]);
    }

    [Fact]
    public void LoadAsync_EntityNameDiffersFromFileName_SourceIsTheFile()
    {
        var graphql = examples.Get("api:starwars-graphql");

        Assert.Equal(new SourcePosition(Path.Combine("backstage-examples", "apis", "swapi-graphql.yaml"), 1, 1), graphql.Source);
    }

    [Fact]
    public void LoadAsync_AvatarUrlWithAmpersandAndComma_StoredVerbatim()
    {
        var teamA = examples.Get("group:team-a");

        Assert.Equal(
            "https://api.dicebear.com/7.x/identicon/svg?seed=Fluffy&backgroundType=solid,gradientLinear&backgroundColor=ffd5dc,b6e3f4",
            teamA.Profile.Picture);
        Assert.Null(teamA.Profile.DisplayName);
        Assert.Equal("team-a", teamA.DisplayName);
    }

    [Fact]
    public async Task LoadAsync_InvalidComponentFixture_ReportsNameAndTagWithPositionAndSkipsIt()
    {
        var loaded = await SnapshotLoader.LoadAsync(Fixtures.Root, Fixtures.EdgeCase("invalid-component.yaml"));

        Assert.Empty(loaded.Entities);
        var path = Path.Combine("backstage-edge-cases", "invalid-component.yaml");
        Assert.Equal(
            [
                $"{path}:4:9: error: metadata.name 'invalid component' is invalid: 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
                $"{path}:11:7: error: tag 'go 1.15.3' is invalid: 1-63 lower-case letters, digits, ':', '+' or '#', joined by single '-'",
            ],
            loaded.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task LoadAsync_DifferentNamespaceFixtureWithOrganisation_OwnerResolvesAcrossNamespaces()
    {
        var snapshot = await SnapshotLoader.SnapshotAsync(Fixtures.Root, Fixtures.EdgeCase("different-namespace.yaml"), Fixtures.Example("acme-corp.yaml"));

        var component = EntityRef.Parse("component:alternative/different-namespace");
        var teamA = EntityRef.Parse("group:default/team-a");
        Assert.NotNull(snapshot.Get(component));
        Assert.Equal([new EntityRelation(RelationTypes.OwnedBy, teamA)], snapshot.RelationsOf(component));
        Assert.Contains(new EntityRelation(RelationTypes.OwnerOf, component), snapshot.RelationsOf(teamA));
        Assert.Empty(snapshot.Problems);
    }

    [Fact]
    public async Task LoadAsync_DifferentNamespaceFixtureAlone_OwnerDanglesWithWarning()
    {
        var snapshot = await SnapshotLoader.SnapshotAsync(Fixtures.Root, Fixtures.EdgeCase("different-namespace.yaml"));

        var warning = Assert.Single(snapshot.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("refers to group:default/team-a, which is not in the catalog", warning.Message, StringComparison.Ordinal);
        Assert.Equal(10, warning.Position.Line);
    }

    [Fact]
    public async Task LoadAsync_UnreachedMarketplaceLoadedToo_ItsMissingPluginDangles()
    {
        var snapshot = await SnapshotLoader.SnapshotAsync(
            Fixtures.Root, Fixtures.Example("all.yaml"), Fixtures.Example("acme-corp.yaml"), Fixtures.Example("ai-resources/company-ai-marketplace.yaml"));

        var marketplace = EntityRef.Parse("airesource:default/company-ai-tools");
        Assert.Equal(["airesource:default/code-review-plugin"], snapshot.Related(marketplace, RelationTypes.HasPart).Select(e => e.Ref.ToString()));
        Assert.Contains(snapshot.Problems, p => p.Message.Contains("refers to airesource:default/testing-plugin", StringComparison.Ordinal));
        Assert.Equal(0, snapshot.ErrorCount);
    }
}
