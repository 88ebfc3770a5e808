using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.EntityReading;

namespace Wayfinder.Catalog.Tests.Validation;

/// <summary>metadata: name, namespace, labels, annotations and tags, each rule with its position.</summary>
public sealed class MetadataReaderTests
{
    [Fact]
    public void Read_InvalidName_ReportsErrorAtNameValue()
    {
        var (entity, problems) = Read(ComponentWith("invalid component"));

        Assert.Null(entity);
        var problem = Assert.Single(problems);
        Assert.Equal($"{SourcePath}:4:9: error: metadata.name 'invalid component' is invalid: 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
            problem.ToString());
    }

    [Fact]
    public void Read_NameLongerThan63_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith(new string('a', 64)));

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
        var (entity, problems) = Read(ComponentWith("c", metadata: $"  namespace: {ns}"));

        Assert.Null(entity);
        AssertError(problems, $"metadata.namespace '{ns}' is invalid", 5, 14);
    }

    [Fact]
    public void Read_Namespace_GoesIntoRef()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  namespace: alternative"));

        Assert.Empty(problems);
        Assert.Equal("component:alternative/c", entity!.Ref.ToString());
    }

    [Theory]
    [InlineData("Example.com/team: x", "label key 'Example.com/team' is invalid")]
    [InlineData("a/b/c: x", "label key 'a/b/c' is invalid")]
    [InlineData("-team: x", "label key '-team' is invalid")]
    public void Read_InvalidLabelKey_ReportsErrorAtKey(string label, string message)
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: $"  labels:\n    {label}"));

        Assert.Null(entity);
        AssertError(problems, message, 6, 5);
    }

    [Fact]
    public void Read_InvalidLabelValue_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  labels:\n    goVersion: go 1.15.3"));

        Assert.Null(entity);
        AssertError(problems, "label value 'go 1.15.3' of 'goVersion' is invalid", 6, 5);
    }

    [Fact]
    public void Read_NonTextLabelValue_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  labels:\n    team: [a, b]"));

        Assert.Null(entity);
        AssertError(problems, "metadata.labels.team must be text, not list", 6, 11);
    }

    [Fact]
    public void Read_InvalidAnnotationKey_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  annotations:\n    'backstage.io/has space': x"));

        Assert.Null(entity);
        AssertError(problems, "annotation key 'backstage.io/has space' is invalid", 6, 5);
    }

    [Fact]
    public void Read_AnnotationValues_KeptVerbatim()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: """
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
        var (entity, problems) = Read(ComponentWith("c", metadata: $"  annotations:\n    example.com/flag: {value}"));

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
        var (entity, problems) = Read(ComponentWith("c", metadata: "  annotations:\n    example.com/flag: 'true'"));

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
        var (entity, problems) = Read(ComponentWith("c", metadata: $"  tags:\n    - go\n    - '{tag}'"));

        Assert.Null(entity);
        AssertError(problems, $"tag '{tag}' is invalid", 7, 7);
    }

    [Fact]
    public void Read_TagLongerThan63_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: $"  tags: [{new string('t', 64)}]"));

        Assert.Null(entity);
        AssertError(problems, "is invalid: 1-63 lower-case letters", 5, 10);
    }

    [Fact]
    public void Read_AnnotationWithoutValue_WarnsAboutUnquotedHash()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  annotations:\n    wayfinder.dev/slack-channel: #team-a"));

        Assert.NotNull(entity);
        Assert.Equal("", entity.Annotation(WellKnownAnnotations.SlackChannel));
        var warning = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("quote it", warning.Message, StringComparison.Ordinal);
    }
}
