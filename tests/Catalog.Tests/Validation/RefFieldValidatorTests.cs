using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.EntityReading;

namespace Wayfinder.Catalog.Tests.Validation;

/// <summary>Entity references in spec ref fields, checked as the reader reads an entity.</summary>
public sealed class RefFieldValidatorTests
{
    [Fact]
    public void Check_DependsOnWithoutKind_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", spec: "  dependsOn: ['resource:artists-db', artists-db]"));

        Assert.Null(entity);
        AssertError(problems, "spec.dependsOn: entity reference 'artists-db' needs a kind (e.g. 'resource:artists-db')", 10, 38);
    }

    [Theory]
    [InlineData("'group:'")]
    [InlineData("'default/'")]
    [InlineData("':team-a'")]
    [InlineData("'a/b/c'")]
    public void Check_MalformedOwnerRef_ReportsError(string owner)
    {
        var (entity, problems) = Read(ComponentWith("c", owner: owner));

        Assert.Null(entity);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.StartsWith("spec.owner: entity reference", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ListRefFieldGivenText_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", spec: "  providesApis: petstore"));

        Assert.Null(entity);
        AssertError(problems, "spec.providesApis must be a list of entity references, not text", 10, 17);
    }

    [Fact]
    public void Check_LegacyMapRef_IsAccepted()
    {
        var (entity, problems) = Read(ComponentWith("c", owner: "{kind: Group, namespace: default, name: team-a}"));

        Assert.Empty(problems);
        Assert.IsType<DescriptorMap>(entity!.Spec["owner"]);
    }

    [Theory]
    [InlineData("{kind: Group}")]
    [InlineData("[team-a, team-b]")]
    [InlineData("''")]
    public void Check_OwnerNotAReference_ReportsError(string owner)
    {
        var (entity, problems) = Read(ComponentWith("c", owner: owner));

        Assert.Null(entity);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.StartsWith("spec.owner", StringComparison.Ordinal)
                                       && p.Position.Line == 9);
    }
}
