using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.EntityReading;

namespace Wayfinder.Catalog.Tests.Validation;

/// <summary>Required and typed spec fields per kind (catalog-format.md §4), checked as the reader reads an entity.</summary>
public sealed class SpecValidatorTests
{
    [Fact]
    public void Check_TemplateWithoutTypeAndSteps_ReportsBoth()
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
    public void Check_ComponentWithoutTypeLifecycleAndOwner_ReportsEachRequiredField()
    {
        var (entity, problems) = Read(KindWithSpec("Component", "  system: s"));

        Assert.Null(entity);
        Assert.Equal(
            ["spec.type is required for kind component", "spec.lifecycle is required for kind component", "spec.owner is required for kind component"],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Check_RequiredFieldEmpty_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("Component", "  type: ''\n  lifecycle: production\n  owner: team-a"));

        Assert.Null(entity);
        AssertError(problems, "spec.type must be non-empty text, not text", 6, 9);
    }

    [Fact]
    public void Check_ApiWithoutDefinition_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("API", "  type: openapi\n  lifecycle: production\n  owner: team-a"));

        Assert.Null(entity);
        AssertError(problems, "spec.definition is required for kind api", 6, 3);
    }

    [Fact]
    public void Check_ApiWithSubstitutionMapDefinition_IsAccepted()
    {
        var (entity, problems) = Read(KindWithSpec("API", "  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition:\n    $text: https://example.com/api.yaml"));

        Assert.Empty(problems);
        Assert.IsType<DescriptorMap>(entity!.Spec["definition"]);
    }

    [Fact]
    public void Check_McpServerApiWithRemotes_NeedsNoDefinition()
    {
        var (entity, problems) = Read(KindWithSpec("API",
            "  type: mcp-server\n  lifecycle: experimental\n  owner: team-a\n  remotes:\n    - type: streamable-http\n      url: http://localhost:7007/api/mcp/v1"));

        Assert.Empty(problems);
        Assert.Equal("mcp-server", entity!.Type);
    }

    [Fact]
    public void Check_McpServerApiWithoutRemotes_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("API", "  type: mcp-server\n  lifecycle: experimental\n  owner: team-a"));

        Assert.Null(entity);
        var problem = Assert.Single(problems);
        Assert.Equal("spec.remotes is required for kind api", problem.Message);
    }

    [Fact]
    public void Check_ResourceWithoutTypeAndOwner_ReportsBoth()
    {
        var (entity, problems) = Read(KindWithSpec("Resource", "  system: s"));

        Assert.Null(entity);
        Assert.Equal(["spec.type is required for kind resource", "spec.owner is required for kind resource"], problems.Select(p => p.Message));
    }

    [Fact]
    public void Check_SystemWithoutOwner_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("System", "  domain: artists"));

        Assert.Null(entity);
        Assert.Equal("spec.owner is required for kind system", Assert.Single(problems).Message);
    }

    [Fact]
    public void Check_DomainWithoutOwner_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("Domain", "  subdomainOf: audio"));

        Assert.Null(entity);
        Assert.Equal("spec.owner is required for kind domain", Assert.Single(problems).Message);
    }

    [Fact]
    public void Check_GroupWithoutTypeAndChildren_ReportsBoth()
    {
        var (entity, problems) = Read(KindWithSpec("Group", "  parent: backstage"));

        Assert.Null(entity);
        Assert.Equal(["spec.type is required for kind group", "spec.children is required for kind group"], problems.Select(p => p.Message));
    }

    [Fact]
    public void Check_GroupWithEmptyChildren_IsAccepted()
    {
        var (entity, problems) = Read(KindWithSpec("Group", "  type: team\n  children: []\n  profile:\n    email: team-a@example.com"));

        Assert.Empty(problems);
        Assert.Equal("team-a@example.com", entity!.Profile.Email);
    }

    [Fact]
    public void Check_GroupChildrenNotAList_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("Group", "  type: team\n  children: team-b"));

        Assert.Null(entity);
        Assert.Contains(problems, p => p.Message == "spec.children must be a list, not text");
    }

    [Fact]
    public void Check_UserWithoutMemberOf_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("User", "  profile:\n    displayName: Jo"));

        Assert.Null(entity);
        Assert.Equal("spec.memberOf is required for kind user", Assert.Single(problems).Message);
    }

    [Fact]
    public void Check_UserWithEmptyMemberOf_IsAccepted()
    {
        var (entity, problems) = Read(KindWithSpec("User", "  memberOf: []\n  profile:\n    displayName: Jo Doe\n    email: jo@example.com"));

        Assert.Empty(problems);
        Assert.Equal(new EntityProfile("Jo Doe", "jo@example.com", null), entity!.Profile);
        Assert.Equal("Jo Doe", entity.DisplayName);
    }

    [Fact]
    public void Check_AiResourceWithoutTypeLifecycleOwner_ReportsEach()
    {
        var (entity, problems) = Read(KindWithSpec("AiResource", "  system: s"));

        Assert.Null(entity);
        Assert.Equal(3, problems.Count(p => p.Message.EndsWith("is required for kind airesource", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_AiResourceRuleWithoutCategoryAndRationale_ReportsBoth()
    {
        var (entity, problems) = Read(KindWithSpec("AiResource", AiSpec("rule")));

        Assert.Null(entity);
        Assert.Equal(["spec.category is required for kind airesource", "spec.rationale is required for kind airesource"], problems.Select(p => p.Message));
    }

    [Fact]
    public void Check_AiResourcePluginWithoutSkills_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("AiResource", AiSpec("plugin")));

        Assert.Null(entity);
        Assert.Equal("spec.skills is required for kind airesource", Assert.Single(problems).Message);
    }

    [Fact]
    public void Check_AiResourceMarketplaceWithoutPlugins_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("AiResource", AiSpec("marketplace")));

        Assert.Null(entity);
        Assert.Equal("spec.plugins is required for kind airesource", Assert.Single(problems).Message);
    }

    [Fact]
    public void Check_AiResourceSkill_NeedsNoTypeSpecificFields()
    {
        var (entity, problems) = Read(KindWithSpec("AiResource", AiSpec("skill")));

        Assert.Empty(problems);
        Assert.Equal("airesource:default/x", entity!.Ref.ToString());
    }

    [Fact]
    public void Check_LocationWithBadPresence_ReportsError()
    {
        var (entity, problems) = Read(KindWithSpec("Location", "  target: ./a.yaml\n  presence: sometimes"));

        Assert.Null(entity);
        AssertError(problems, "spec.presence must be 'required' or 'optional', not 'sometimes'", 7, 13);
    }
}
