using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;
using Wayfinder.Skills.Owner;

namespace Wayfinder.Skills.Tools;

/// <summary>
/// "Where is Grafana" / "what do we use for feature flags": the organisation's tools are Resources of type
/// <c>tool</c>; a named tool is answered with its links, a need is searched among the tools' names and descriptions.
/// </summary>
internal sealed class ToolsSkill : ISkill
{
    private const string ToolType = "tool";

    public string Intent => Intents.Tools;

    public SubjectNeed Subject => SubjectNeed.Optional;

    public Answer Answer(SkillRequest request)
    {
        if (request.Subject is { } subject && IsTool(subject))
        {
            return Describe(request, subject, null);
        }

        var phrase = request.Parsed.SubjectPhrase;
        var hits = request.Catalog.Search($"kind:resource type:{ToolType} {phrase}", 3).Hits;
        if (hits.Count > 0 && request.Snapshot.Get(hits[0].Entity.Ref) is { } tool)
        {
            return Describe(request, tool, hits.Skip(1).Select(h => h.Entity).ToList());
        }

        if (request.Subject is { } other)
        {
            return Describe(request, other, null);
        }

        return new AnswerComposer(Intent)
            .Say($"I don't know a tool for \"{Understanding.QuestionText.Echo(phrase)}\". Tools are Resources of type tool in the catalog.")
            .Build();
    }

    private Answer Describe(SkillRequest request, Entity tool, IReadOnlyList<Entity>? others)
    {
        var answer = new AnswerComposer(Intent).About(tool);
        answer.Say(tool.Metadata.Description is { } description
            ? $"{EntityNames.Named(tool)}: {description.Trim()}"
            : $"{EntityNames.Named(tool)} is {EntityNames.KindPhrase(tool)}.");
        foreach (var link in tool.Metadata.Links)
        {
            answer.Link(link);
        }

        if (tool.Metadata.Links.Count > 0)
        {
            answer.Say($"Open it at {tool.Metadata.Links[0].Url}.");
        }

        OwnerFacts.Write(answer, request.Snapshot, tool, withTeam: false);
        if (others is { Count: > 0 })
        {
            answer.List("Also relevant", others);
        }

        return answer.Build();
    }

    private static bool IsTool(Entity entity) =>
        entity.Ref.Kind == KnownKinds.Resource && string.Equals(entity.Type, ToolType, StringComparison.OrdinalIgnoreCase);
}
