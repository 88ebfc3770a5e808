using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>Reads one YAML document with the real reader and <c>EntityReader</c>, collecting problems as if from <see cref="SourcePath"/>.</summary>
internal static class EntityReading
{
    /// <summary>The path problems are reported against.</summary>
    public const string SourcePath = "catalog-info.yaml";

    public static (Entity? Entity, List<CatalogProblem> Problems) Read(string yaml)
    {
        var problems = new List<CatalogProblem>();
        var document = Assert.Single(DescriptorReader.Read(yaml, DescriptorLimits.Default));
        Assert.Null(document.Error);
        return (EntityReader.Read(document.Root!, new ProblemLog(SourcePath, problems)), problems);
    }

    public static void AssertError(List<CatalogProblem> problems, string message, int line, int column) =>
        Assert.True(
            problems.Any(p => p.Severity == ProblemSeverity.Error && p.Message.Contains(message, StringComparison.Ordinal)
                              && p.Position == new SourcePosition(SourcePath, line, column)),
            $"expected an error at {SourcePath}:{line}:{column} containing \"{message}\"; got:\n{string.Join('\n', problems)}");

    /// <summary>A Component; <paramref name="metadata"/> lands on line 5 and <paramref name="spec"/> on line 10.</summary>
    public static string ComponentWith(string name, string owner = "team-a", string metadata = "", string spec = "") => $"""
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

    /// <summary>An entity named <c>x</c> of <paramref name="kind"/> whose spec (from line 6) is exactly <paramref name="spec"/>.</summary>
    public static string KindWithSpec(string kind, string spec) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: {kind}
        metadata:
          name: x
        spec:
        {spec}

        """;

    public static string AiSpec(string type) => $"  type: {type}\n  lifecycle: production\n  owner: team-a";

    public static string TemplateWith(string apiVersion) => $"""
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
