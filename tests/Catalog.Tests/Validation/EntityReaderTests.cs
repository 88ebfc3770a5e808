using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Tests.Validation;

public sealed class EntityReaderTests
{
    private const string Path = "catalog-info.yaml";

    [Fact]
    public void Read_ValidComponent_ReturnsEntityWithCanonicalRefAndFields()
    {
        var (entity, problems) = Read("""
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: Artist-Lookup
              title: Artist Lookup
              description: Finds artists
              labels:
                example.com/team: artists
                empty: ''
              annotations:
                wayfinder.dev/aliases: artists, lookup service
              tags: [java, data]
              links:
                - url: https://example.com/runbook
                  title: Runbook
                  type: runbook
            spec:
              type: service
              lifecycle: production
              owner: team-a
            """);

        Assert.Empty(problems);
        Assert.NotNull(entity);
        Assert.Equal("component:default/artist-lookup", entity.Ref.ToString());
        Assert.Equal(("Component", "Artist-Lookup", "Artist Lookup"), (entity.Kind, entity.Metadata.Name, entity.DisplayName));
        Assert.Equal(("service", "production"), (entity.Type, entity.Lifecycle));
        Assert.Equal("artists", entity.Metadata.Labels["example.com/team"]);
        Assert.Equal("", entity.Metadata.Labels["empty"]);
        Assert.Equal(["artists", "lookup service"], entity.Aliases);
        Assert.Equal(["java", "data"], entity.Metadata.Tags);
        Assert.True(Assert.Single(entity.Metadata.Links).IsRunbook);
        Assert.Equal(new SourcePosition(Path, 1, 1), entity.Source);
    }

    [Fact]
    public void Read_InvalidName_ReportsErrorAtNameValue()
    {
        var (entity, problems) = Read(Component("invalid component"));

        Assert.Null(entity);
        var problem = Assert.Single(problems);
        Assert.Equal($"{Path}:4:9: error: metadata.name 'invalid component' is invalid: 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
            problem.ToString());
    }

    [Fact]
    public void Read_NameLongerThan63_ReportsError()
    {
        var (entity, problems) = Read(Component(new string('a', 64)));

        Assert.Null(entity);
        AssertError(problems, "metadata.name", 4, 9);
    }

    [Fact]
    public void Read_MissingName_ReportsError()
    {
        var (entity, problems) = Read("""
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              title: No name
            spec: {type: service, lifecycle: production, owner: team-a}
            """);

        Assert.Null(entity);
        AssertError(problems, "metadata.name is required", 4, 3);
    }

    [Theory]
    [InlineData("Alternative")]
    [InlineData("team_a")]
    [InlineData("my.namespace")]
    public void Read_InvalidNamespace_ReportsError(string ns)
    {
        var (entity, problems) = Read(Component("c", metadata: $"  namespace: {ns}"));

        Assert.Null(entity);
        AssertError(problems, $"metadata.namespace '{ns}' is invalid", 5, 14);
    }

    [Fact]
    public void Read_Namespace_GoesIntoRef()
    {
        var (entity, problems) = Read(Component("c", metadata: "  namespace: alternative"));

        Assert.Empty(problems);
        Assert.Equal("component:alternative/c", entity!.Ref.ToString());
    }

    [Theory]
    [InlineData("Com-ponent")]
    [InlineData("1Component")]
    [InlineData("\"\"")]
    public void Read_InvalidKind_ReportsError(string kind)
    {
        var (entity, problems) = Read($"apiVersion: backstage.io/v1alpha1\nkind: {kind}\nmetadata:\n  name: x\n");

        Assert.Null(entity);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Position.Line == 2 && p.Message.Contains("kind", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("COMPONENT")]
    [InlineData("component")]
    public void Read_KindInAnyCase_IsTheKnownKind(string kind)
    {
        var (entity, problems) = Read(Component("c").Replace("kind: Component", $"kind: {kind}", StringComparison.Ordinal));

        Assert.Empty(problems);
        Assert.Equal(KnownKinds.Component, entity!.Ref.Kind);
        Assert.True(entity.IsKnownKind);
    }

    [Theory]
    [InlineData("backstage.io/v1-alpha1")]
    [InlineData("a/b/c")]
    [InlineData("Backstage.io/v1alpha1")]
    public void Read_InvalidApiVersion_ReportsError(string apiVersion)
    {
        var (entity, problems) = Read(Component("c").Replace("backstage.io/v1alpha1", apiVersion, StringComparison.Ordinal));

        Assert.Null(entity);
        AssertError(problems, $"apiVersion '{apiVersion}' is invalid", 1, 13);
    }

    [Fact]
    public void Read_CoreKindWithForeignApiVersion_ReportsError()
    {
        var (entity, problems) = Read(Component("c").Replace("backstage.io/v1alpha1", "example.com/v1", StringComparison.Ordinal));

        Assert.Null(entity);
        AssertError(problems, "apiVersion 'example.com/v1' is not supported for kind Component", 1, 13);
    }

    [Fact]
    public void Read_CoreKindWithV1beta1_IsAccepted()
    {
        var (entity, problems) = Read(Component("c").Replace("v1alpha1", "v1beta1", StringComparison.Ordinal));

        Assert.Empty(problems);
        Assert.Equal("backstage.io/v1beta1", entity!.ApiVersion);
    }

    [Fact]
    public void Read_TemplateWithScaffolderApiVersion_IsAccepted()
    {
        var (entity, problems) = Read(Template("scaffolder.backstage.io/v1beta3"));

        Assert.Empty(problems);
        Assert.Equal("template:default/springboot-template", entity!.Ref.ToString());
    }

    [Fact]
    public void Read_TemplateWithCoreApiVersion_ReportsError()
    {
        var (entity, problems) = Read(Template("backstage.io/v1alpha1"));

        Assert.Null(entity);
        AssertError(problems, "is not supported for kind Template; use scaffolder.backstage.io/v1beta3", 1, 13);
    }

    [Fact]
    public void Read_TemplateWithoutTypeAndSteps_ReportsBoth()
    {
        var (entity, problems) = Read("""
            apiVersion: scaffolder.backstage.io/v1beta3
            kind: Template
            metadata:
              name: t
            spec:
              owner: team-a
            """);

        Assert.Null(entity);
        AssertError(problems, "spec.type is required for kind template", 6, 3);
        AssertError(problems, "spec.steps is required for kind template", 6, 3);
    }

    [Fact]
    public void Read_UnknownKind_KeptAsGenericEntityWithWarning()
    {
        var (entity, problems) = Read("""
            apiVersion: example.com/v1
            kind: Pipeline
            metadata:
              name: nightly
            spec:
              anything: [goes, here]
            """);

        Assert.NotNull(entity);
        Assert.False(entity.IsKnownKind);
        Assert.Equal("pipeline:default/nightly", entity.Ref.ToString());
        Assert.IsType<DescriptorList>(entity.Spec["anything"]);
        var warning = Assert.Single(problems);
        Assert.Equal($"{Path}:2:7: warning: unknown kind 'Pipeline'; pipeline:default/nightly is kept as a generic entity", warning.ToString());
    }

    [Theory]
    [InlineData("Example.com/team: x", "label key 'Example.com/team' is invalid")]
    [InlineData("a/b/c: x", "label key 'a/b/c' is invalid")]
    [InlineData("-team: x", "label key '-team' is invalid")]
    public void Read_InvalidLabelKey_ReportsErrorAtKey(string label, string message)
    {
        var (entity, problems) = Read(Component("c", metadata: $"  labels:\n    {label}"));

        Assert.Null(entity);
        AssertError(problems, message, 6, 5);
    }

    [Fact]
    public void Read_InvalidLabelValue_ReportsError()
    {
        var (entity, problems) = Read(Component("c", metadata: "  labels:\n    goVersion: go 1.15.3"));

        Assert.Null(entity);
        AssertError(problems, "label value 'go 1.15.3' of 'goVersion' is invalid", 6, 5);
    }

    [Fact]
    public void Read_NonTextLabelValue_ReportsError()
    {
        var (entity, problems) = Read(Component("c", metadata: "  labels:\n    team: [a, b]"));

        Assert.Null(entity);
        AssertError(problems, "metadata.labels.team must be text, not list", 6, 11);
    }

    [Fact]
    public void Read_InvalidAnnotationKey_ReportsError()
    {
        var (entity, problems) = Read(Component("c", metadata: "  annotations:\n    'backstage.io/has space': x"));

        Assert.Null(entity);
        AssertError(problems, "annotation key 'backstage.io/has space' is invalid", 6, 5);
    }

    [Fact]
    public void Read_AnnotationValues_KeptVerbatim()
    {
        var (entity, problems) = Read(Component("c", metadata: """
              annotations:
                backstage.io/source-location: url:https://github.com/org/repo/tree/main/
                example.com/picture: https://api.example.com/svg?seed=a&x=1,2
                example.com/note: "Any text: even 'quotes', colons and   spaces"
            """));

        Assert.Empty(problems);
        Assert.Equal("url:https://github.com/org/repo/tree/main/", entity!.Annotation(WellKnownAnnotations.SourceLocation));
        Assert.Equal("https://api.example.com/svg?seed=a&x=1,2", entity.Annotation("example.com/picture"));
        Assert.Equal("Any text: even 'quotes', colons and   spaces", entity.Annotation("example.com/note"));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("123")]
    [InlineData("off")]
    public void Read_UnquotedTypedAnnotationValue_WarnsAndKeepsText(string value)
    {
        var (entity, problems) = Read(Component("c", metadata: $"  annotations:\n    example.com/flag: {value}"));

        Assert.NotNull(entity);
        Assert.Equal(value, entity.Annotation("example.com/flag"));
        var warning = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal((6, 23), (warning.Position.Line, warning.Position.Column));
        Assert.Contains("quote it", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedTypedAnnotationValue_NoWarning()
    {
        var (entity, problems) = Read(Component("c", metadata: "  annotations:\n    example.com/flag: 'true'"));

        Assert.Empty(problems);
        Assert.Equal("true", entity!.Annotation("example.com/flag"));
    }

    [Theory]
    [InlineData("go 1.15.3")]
    [InlineData("Java")]
    [InlineData("snake_case")]
    [InlineData("v1.2")]
    public void Read_InvalidTag_ReportsErrorAtTag(string tag)
    {
        var (entity, problems) = Read(Component("c", metadata: $"  tags:\n    - go\n    - '{tag}'"));

        Assert.Null(entity);
        AssertError(problems, $"tag '{tag}' is invalid", 7, 7);
    }

    [Fact]
    public void Read_TagLongerThan63_ReportsError()
    {
        var (entity, problems) = Read(Component("c", metadata: $"  tags: [{new string('t', 64)}]"));

        Assert.Null(entity);
        AssertError(problems, "is invalid: 1-63 lower-case letters", 5, 10);
    }

    [Fact]
    public void Read_LinkWithoutUrl_ReportsError()
    {
        var (entity, problems) = Read(Component("c", metadata: "  links:\n    - title: Dashboard\n      icon: dashboard"));

        Assert.Null(entity);
        AssertError(problems, "a link needs a url", 6, 7);
    }

    [Fact]
    public void Read_LinkNotAMap_ReportsError()
    {
        var (entity, problems) = Read(Component("c", metadata: "  links:\n    - https://example.com"));

        Assert.Null(entity);
        AssertError(problems, "a link must be a map with a url, not text", 6, 7);
    }

    [Fact]
    public void Read_ComponentWithoutTypeLifecycleAndOwner_ReportsEachRequiredField()
    {
        var (entity, problems) = Read(Spec("Component", "  system: s"));

        Assert.Null(entity);
        Assert.Equal(
            ["spec.type is required for kind component", "spec.lifecycle is required for kind component", "spec.owner is required for kind component"],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Read_RequiredFieldEmpty_ReportsError()
    {
        var (entity, problems) = Read(Spec("Component", "  type: ''\n  lifecycle: production\n  owner: team-a"));

        Assert.Null(entity);
        AssertError(problems, "spec.type must be non-empty text, not text", 6, 9);
    }

    [Fact]
    public void Read_KnownKindWithoutSpec_ReportsError()
    {
        var (entity, problems) = Read("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: c\n");

        Assert.Null(entity);
        AssertError(problems, "Component needs a spec", 1, 1);
    }

    [Fact]
    public void Read_ApiWithoutDefinition_ReportsError()
    {
        var (entity, problems) = Read(Spec("API", "  type: openapi\n  lifecycle: production\n  owner: team-a"));

        Assert.Null(entity);
        AssertError(problems, "spec.definition is required for kind api", 6, 3);
    }

    [Fact]
    public void Read_ApiWithSubstitutionMapDefinition_IsAccepted()
    {
        var (entity, problems) = Read(Spec("API", "  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition:\n    $text: https://example.com/api.yaml"));

        Assert.Empty(problems);
        Assert.IsType<DescriptorMap>(entity!.Spec["definition"]);
    }

    [Fact]
    public void Read_McpServerApiWithRemotes_NeedsNoDefinition()
    {
        var (entity, problems) = Read(Spec("API",
            "  type: mcp-server\n  lifecycle: experimental\n  owner: team-a\n  remotes:\n    - type: streamable-http\n      url: http://localhost:7007/api/mcp/v1"));

        Assert.Empty(problems);
        Assert.Equal("mcp-server", entity!.Type);
    }

    [Fact]
    public void Read_McpServerApiWithoutRemotes_ReportsError()
    {
        var (entity, problems) = Read(Spec("API", "  type: mcp-server\n  lifecycle: experimental\n  owner: team-a"));

        Assert.Null(entity);
        var problem = Assert.Single(problems);
        Assert.Equal("spec.remotes is required for kind api", problem.Message);
    }

    [Fact]
    public void Read_ResourceWithoutTypeAndOwner_ReportsBoth()
    {
        var (entity, problems) = Read(Spec("Resource", "  system: s"));

        Assert.Null(entity);
        Assert.Equal(["spec.type is required for kind resource", "spec.owner is required for kind resource"], problems.Select(p => p.Message));
    }

    [Fact]
    public void Read_SystemWithoutOwner_ReportsError()
    {
        var (entity, problems) = Read(Spec("System", "  domain: artists"));

        Assert.Null(entity);
        Assert.Equal("spec.owner is required for kind system", Assert.Single(problems).Message);
    }

    [Fact]
    public void Read_DomainWithoutOwner_ReportsError()
    {
        var (entity, problems) = Read(Spec("Domain", "  subdomainOf: audio"));

        Assert.Null(entity);
        Assert.Equal("spec.owner is required for kind domain", Assert.Single(problems).Message);
    }

    [Fact]
    public void Read_GroupWithoutTypeAndChildren_ReportsBoth()
    {
        var (entity, problems) = Read(Spec("Group", "  parent: backstage"));

        Assert.Null(entity);
        Assert.Equal(["spec.type is required for kind group", "spec.children is required for kind group"], problems.Select(p => p.Message));
    }

    [Fact]
    public void Read_GroupWithEmptyChildren_IsAccepted()
    {
        var (entity, problems) = Read(Spec("Group", "  type: team\n  children: []\n  profile:\n    email: team-a@example.com"));

        Assert.Empty(problems);
        Assert.Equal("team-a@example.com", entity!.Profile.Email);
    }

    [Fact]
    public void Read_GroupChildrenNotAList_ReportsError()
    {
        var (entity, problems) = Read(Spec("Group", "  type: team\n  children: team-b"));

        Assert.Null(entity);
        Assert.Contains(problems, p => p.Message == "spec.children must be a list, not text");
    }

    [Fact]
    public void Read_UserWithoutMemberOf_ReportsError()
    {
        var (entity, problems) = Read(Spec("User", "  profile:\n    displayName: Jo"));

        Assert.Null(entity);
        Assert.Equal("spec.memberOf is required for kind user", Assert.Single(problems).Message);
    }

    [Fact]
    public void Read_UserWithEmptyMemberOf_IsAccepted()
    {
        var (entity, problems) = Read(Spec("User", "  memberOf: []\n  profile:\n    displayName: Jo Doe\n    email: jo@example.com"));

        Assert.Empty(problems);
        Assert.Equal(new EntityProfile("Jo Doe", "jo@example.com", null), entity!.Profile);
        Assert.Equal("Jo Doe", entity.DisplayName);
    }

    [Fact]
    public void Read_AiResourceWithoutTypeLifecycleOwner_ReportsEach()
    {
        var (entity, problems) = Read(Spec("AiResource", "  system: s"));

        Assert.Null(entity);
        Assert.Equal(3, problems.Count(p => p.Message.EndsWith("is required for kind airesource", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_AiResourceRuleWithoutCategoryAndRationale_ReportsBoth()
    {
        var (entity, problems) = Read(Spec("AiResource", AiSpec("rule")));

        Assert.Null(entity);
        Assert.Equal(["spec.category is required for kind airesource", "spec.rationale is required for kind airesource"], problems.Select(p => p.Message));
    }

    [Fact]
    public void Read_AiResourcePluginWithoutSkills_ReportsError()
    {
        var (entity, problems) = Read(Spec("AiResource", AiSpec("plugin")));

        Assert.Null(entity);
        Assert.Equal("spec.skills is required for kind airesource", Assert.Single(problems).Message);
    }

    [Fact]
    public void Read_AiResourceMarketplaceWithoutPlugins_ReportsError()
    {
        var (entity, problems) = Read(Spec("AiResource", AiSpec("marketplace")));

        Assert.Null(entity);
        Assert.Equal("spec.plugins is required for kind airesource", Assert.Single(problems).Message);
    }

    [Fact]
    public void Read_AiResourceSkill_NeedsNoTypeSpecificFields()
    {
        var (entity, problems) = Read(Spec("AiResource", AiSpec("skill")));

        Assert.Empty(problems);
        Assert.Equal("airesource:default/x", entity!.Ref.ToString());
    }

    [Fact]
    public void Read_LocationWithoutSpec_IsAccepted()
    {
        var (entity, problems) = Read("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: l\n");

        Assert.Empty(problems);
        Assert.Equal(KnownKinds.Location, entity!.Ref.Kind);
    }

    [Fact]
    public void Read_LocationWithBadPresence_ReportsError()
    {
        var (entity, problems) = Read(Spec("Location", "  target: ./a.yaml\n  presence: sometimes"));

        Assert.Null(entity);
        AssertError(problems, "spec.presence must be 'required' or 'optional', not 'sometimes'", 7, 13);
    }

    [Fact]
    public void Read_UnknownTopLevelKey_ReportsError()
    {
        var (entity, problems) = Read(Component("c") + "owner: team-a\n");

        Assert.Null(entity);
        AssertError(problems, "unknown top-level key 'owner'; only apiVersion, kind, metadata and spec are allowed", 11, 1);
    }

    [Theory]
    [InlineData("relations")]
    [InlineData("status")]
    public void Read_ServerComputedTopLevelKey_ReportsError(string key)
    {
        var (entity, problems) = Read(Component("c") + $"{key}: []\n");

        Assert.Null(entity);
        AssertError(problems, $"'{key}' is computed by the catalog and must not be written in a descriptor", 11, 1);
    }

    [Fact]
    public void Read_MissingApiVersionKindAndMetadata_ReportsEach()
    {
        var (entity, problems) = Read("spec:\n  type: service\n");

        Assert.Null(entity);
        Assert.Equal(["'kind' is required", "'apiVersion' is required", "'metadata' is required"], problems.Select(p => p.Message));
    }

    [Fact]
    public void Read_DocumentNotAMap_ReportsError()
    {
        var (entity, problems) = Read("- just\n- a list\n");

        Assert.Null(entity);
        AssertError(problems, "a descriptor document must be a map with apiVersion, kind and metadata, not list", 1, 1);
    }

    [Fact]
    public void Read_UnknownSpecField_KeptWithoutProblem()
    {
        var (entity, problems) = Read(Component("c", spec: "  apiConsumedBy: ['component:www-artist']"));

        Assert.Empty(problems);
        Assert.IsType<DescriptorList>(entity!.Spec["apiConsumedBy"]);
    }

    [Fact]
    public void Read_DependsOnWithoutKind_ReportsError()
    {
        var (entity, problems) = Read(Component("c", spec: "  dependsOn: ['resource:artists-db', artists-db]"));

        Assert.Null(entity);
        AssertError(problems, "spec.dependsOn: entity reference 'artists-db' needs a kind (e.g. 'resource:artists-db')", 10, 38);
    }

    [Theory]
    [InlineData("'group:'")]
    [InlineData("'default/'")]
    [InlineData("':team-a'")]
    [InlineData("'a/b/c'")]
    public void Read_MalformedOwnerRef_ReportsError(string owner)
    {
        var (entity, problems) = Read(Component("c", owner: owner));

        Assert.Null(entity);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.StartsWith("spec.owner: entity reference", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ListRefFieldGivenText_ReportsError()
    {
        var (entity, problems) = Read(Component("c", spec: "  providesApis: petstore"));

        Assert.Null(entity);
        AssertError(problems, "spec.providesApis must be a list of entity references, not text", 10, 17);
    }

    [Fact]
    public void Read_LegacyMapRef_IsAccepted()
    {
        var (entity, problems) = Read(Component("c", owner: "{kind: Group, namespace: default, name: team-a}"));

        Assert.Empty(problems);
        Assert.IsType<DescriptorMap>(entity!.Spec["owner"]);
    }

    [Theory]
    [InlineData("{kind: Group}")]
    [InlineData("[team-a, team-b]")]
    [InlineData("''")]
    public void Read_OwnerNotAReference_ReportsError(string owner)
    {
        var (entity, problems) = Read(Component("c", owner: owner));

        Assert.Null(entity);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.StartsWith("spec.owner", StringComparison.Ordinal)
                                       && p.Position.Line == 9);
    }

    [Fact]
    public void Read_AnnotationWithoutValue_WarnsAboutUnquotedHash()
    {
        var (entity, problems) = Read(Component("c", metadata: "  annotations:\n    wayfinder.dev/slack-channel: #team-a"));

        Assert.NotNull(entity);
        Assert.Equal("", entity.Annotation(WellKnownAnnotations.SlackChannel));
        var warning = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("quote it", warning.Message, StringComparison.Ordinal);
    }

    private static (Entity? Entity, List<CatalogProblem> Problems) Read(string yaml)
    {
        var problems = new List<CatalogProblem>();
        var document = Assert.Single(DescriptorReader.Read(yaml, DescriptorLimits.Default));
        Assert.Null(document.Error);
        return (EntityReader.Read(document.Root!, new ProblemLog(Path, problems)), problems);
    }

    private static void AssertError(List<CatalogProblem> problems, string message, int line, int column) =>
        Assert.True(
            problems.Any(p => p.Severity == ProblemSeverity.Error && p.Message.Contains(message, StringComparison.Ordinal)
                              && p.Position == new SourcePosition(Path, line, column)),
            $"expected an error at {Path}:{line}:{column} containing \"{message}\"; got:\n{string.Join('\n', problems)}");

    private static string Component(string name, string owner = "team-a", string metadata = "", string spec = "") => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        {metadata}
        spec:
          type: service
          lifecycle: production
          owner: {owner}
        {spec}

        """;

    private static string Spec(string kind, string spec) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: {kind}
        metadata:
          name: x
        spec:
        {spec}

        """;

    private static string AiSpec(string type) => $"  type: {type}\n  lifecycle: production\n  owner: team-a";

    private static string Template(string apiVersion) => $"""
        apiVersion: {apiVersion}
        kind: Template
        metadata:
          name: springboot-template
        spec:
          type: service
          owner: team-a
          steps:
            - id: fetch
              action: fetch:template
        """;
}
