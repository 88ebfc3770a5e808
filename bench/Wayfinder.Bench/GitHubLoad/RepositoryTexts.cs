using System.Globalization;
using System.Text;
using Wayfinder.Bench.Generation;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>The files of a generated repository: descriptors, CODEOWNERS, README and docs pages, from a seeded random.</summary>
internal sealed class RepositoryTexts(Random random)
{
    private static readonly string[] Verbs = ["handles", "stores", "validates", "publishes", "schedules", "reconciles", "exports", "serves", "tracks", "aggregates"];
    private static readonly string[] Objects = ["requests", "events", "records", "reports", "batches", "notifications", "snapshots", "settlements", "updates", "metrics"];
    private static readonly string[] Topics = ["runbook", "deployment", "architecture", "monitoring", "configuration", "troubleshooting", "testing", "release", "security", "on-call"];

    /// <summary>A sentence about the software, e.g. "Validates orders events for the checkout flow."</summary>
    public string Sentence(string subject) => string.Create(CultureInfo.InvariantCulture,
        $"{Capital(Pick(Verbs))} {subject} {Pick(Objects)} for the {Pick(Vocabulary.Business)} flow.");

    /// <summary>A Component (with a description naming it, so a push that changes it is recognisable).</summary>
    public static string Component(string name, string owner, string description, string? providesApi) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
          description: {description}
        spec:
          type: service
          lifecycle: production
          owner: {owner}
        {(providesApi is null ? string.Empty : $"  providesApis: [{providesApi}]\n")}
        """;

    public static string Api(string name, string owner) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: API
        metadata:
          name: {name}
          description: The HTTP API of {name}.
        spec:
          type: openapi
          lifecycle: production
          owner: {owner}
          definition: "openapi: 3.0.0"

        """;

    public static string Location(string name, string target) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Location
        metadata:
          name: {name}
        spec:
          targets:
            - {target}

        """;

    public static string CodeOwners(string organization, string team) =>
        $"# Owners of everything unless a later rule says otherwise\n* @{organization}/{team}\n/docs/ @{organization}/{team}\n";

    public string Readme(string name, string description) =>
        $"# {name}\n\n{description}\n\n## Getting started\n\n{Paragraph(name, 3)}\n\n## Contributing\n\n{Paragraph(name, 2)}\n";

    /// <summary>A docs page of a few KB: a title and 4–8 sections.</summary>
    public (string Path, string Text) DocPage(string name, int index)
    {
        var topic = Topics[(index + random.Next(Topics.Length)) % Topics.Length];
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# {Capital(topic)} of {name}\n\n{Paragraph(name, 2)}\n");
        for (var section = 0; section < random.Next(4, 9); section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {Capital(Pick(Verbs))} {Pick(Objects)}\n\n{Paragraph(name, random.Next(3, 7))}\n");
        }

        return ($"docs/{topic}-{index + 1}.md", text.ToString());
    }

    private string Paragraph(string name, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(i => Sentence(i == 0 ? name : Pick(Vocabulary.Business))));

    private string Pick(string[] words) => words[random.Next(words.Length)];

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
