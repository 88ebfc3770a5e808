using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;
using Wayfinder.Skills.Owner;

namespace Wayfinder.Skills.Docs;

/// <summary>
/// "Docs for X", "how do I deploy X": the section of X's documentation pages that answers the question (see
/// <see cref="DocPageAnswers"/>), documentation links, TechDocs, the API definition, and the source and view URLs.
/// </summary>
internal sealed class DocsSkill : ISkill
{
    public string Intent => Intents.Docs;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var answer = new AnswerComposer(Intent).About(subject);
        var pages = DocPageAnswers.Write(answer, request, subject);
        var docs = subject.Metadata.Links.Where(l => l.IsDocs).ToList();
        foreach (var link in docs)
        {
            answer.Link(link, "docs");
        }

        var found = pages | docs.Count > 0;
        found |= WriteTechDocs(answer, subject);
        found |= WriteDefinition(answer, subject);
        WriteSourceLinks(answer, subject);
        if (docs.Count > 0)
        {
            answer.Say($"Documentation for {EntityNames.Named(subject)}: {string.Join(", ", docs.Select(d => d.Title ?? d.Url))}.");
        }

        if (!found)
        {
            answer.Say($"No documentation is listed for {EntityNames.Named(subject)} in the catalog.");
            OwnerFacts.Write(answer, request.Snapshot, subject, withTeam: false);
            answer.Say("Its owner is the one to ask.");
        }

        return answer.Build();
    }

    private static bool WriteTechDocs(AnswerComposer answer, Entity subject)
    {
        if (subject.Annotation(WellKnownAnnotations.TechDocsRef) is not { } techDocs)
        {
            return false;
        }

        if (techDocs.StartsWith("url:", StringComparison.OrdinalIgnoreCase))
        {
            answer.Link("TechDocs", techDocs[4..], "docs");
        }

        answer.Say($"{EntityNames.Named(subject)} publishes TechDocs (backstage.io/techdocs-ref: {techDocs}).").Fact("TechDocs", techDocs);
        return true;
    }

    private static bool WriteDefinition(AnswerComposer answer, Entity subject)
    {
        if (subject.Ref.Kind != KnownKinds.Api || subject.Spec["definition"] is not { } definition)
        {
            return false;
        }

        answer.Source(subject, definition)
            .Say($"The {subject.Type ?? "API"} definition of {EntityNames.Named(subject)} is in the catalog: {subject.Source.Path}, line {definition.Line}.");
        return true;
    }

    private static void WriteSourceLinks(AnswerComposer answer, Entity subject)
    {
        if (subject.Annotation("backstage.io/view-url") is { } view)
        {
            answer.Link("View source", view, "source");
        }

        if (subject.Annotation(WellKnownAnnotations.SourceLocation) is { } source)
        {
            answer.Link("Source", source.StartsWith("url:", StringComparison.OrdinalIgnoreCase) ? source[4..] : source, "source");
        }
        else if (subject.Annotation(WellKnownAnnotations.GitHubProjectSlug) is { } slug)
        {
            answer.Link("Repository", $"https://github.com/{slug}", "source");
        }
    }
}
