using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.EntityReading;

namespace Wayfinder.Catalog.Tests.Validation;

/// <summary>The descriptor envelope: apiVersion, kind, metadata, spec, and which documents become entities.</summary>
public sealed class EntityReaderTests
{
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
        Assert.Equal(new SourcePosition(SourcePath, 1, 1), entity.Source);
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
        var (entity, problems) = Read(ComponentWith("c").Replace("kind: Component", $"kind: {kind}", StringComparison.Ordinal));

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
        var (entity, problems) = Read(ComponentWith("c").Replace("backstage.io/v1alpha1", apiVersion, StringComparison.Ordinal));

        Assert.Null(entity);
        AssertError(problems, $"apiVersion '{apiVersion}' is invalid", 1, 13);
    }

    [Fact]
    public void Read_CoreKindWithForeignApiVersion_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c").Replace("backstage.io/v1alpha1", "example.com/v1", StringComparison.Ordinal));

        Assert.Null(entity);
        AssertError(problems, "apiVersion 'example.com/v1' is not supported for kind Component", 1, 13);
    }

    [Fact]
    public void Read_CoreKindWithV1beta1_IsAccepted()
    {
        var (entity, problems) = Read(ComponentWith("c").Replace("v1alpha1", "v1beta1", StringComparison.Ordinal));

        Assert.Empty(problems);
        Assert.Equal("backstage.io/v1beta1", entity!.ApiVersion);
    }

    [Fact]
    public void Read_TemplateWithScaffolderApiVersion_IsAccepted()
    {
        var (entity, problems) = Read(TemplateWith("scaffolder.backstage.io/v1beta3"));

        Assert.Empty(problems);
        Assert.Equal("template:default/springboot-template", entity!.Ref.ToString());
    }

    [Fact]
    public void Read_TemplateWithCoreApiVersion_ReportsError()
    {
        var (entity, problems) = Read(TemplateWith("backstage.io/v1alpha1"));

        Assert.Null(entity);
        AssertError(problems, "is not supported for kind Template; use scaffolder.backstage.io/v1beta3", 1, 13);
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
        Assert.Equal($"{SourcePath}:2:7: warning: unknown kind 'Pipeline'; pipeline:default/nightly is kept as a generic entity", warning.ToString());
    }

    [Fact]
    public void Read_KnownKindWithoutSpec_ReportsError()
    {
        var (entity, problems) = Read("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: c\n");

        Assert.Null(entity);
        AssertError(problems, "Component needs a spec", 1, 1);
    }

    [Fact]
    public void Read_LocationWithoutSpec_IsAccepted()
    {
        var (entity, problems) = Read("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: l\n");

        Assert.Empty(problems);
        Assert.Equal(KnownKinds.Location, entity!.Ref.Kind);
    }

    [Fact]
    public void Read_UnknownTopLevelKey_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c") + "owner: team-a\n");

        Assert.Null(entity);
        AssertError(problems, "unknown top-level key 'owner'; only apiVersion, kind, metadata and spec are allowed", 11, 1);
    }

    [Theory]
    [InlineData("relations")]
    [InlineData("status")]
    public void Read_ServerComputedTopLevelKey_ReportsError(string key)
    {
        var (entity, problems) = Read(ComponentWith("c") + $"{key}: []\n");

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
        var (entity, problems) = Read(ComponentWith("c", spec: "  apiConsumedBy: ['component:www-artist']"));

        Assert.Empty(problems);
        Assert.IsType<DescriptorList>(entity!.Spec["apiConsumedBy"]);
    }
}
