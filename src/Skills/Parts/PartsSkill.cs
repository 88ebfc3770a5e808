using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Parts;

/// <summary>"What is in the X system" / "components of X": the entities that are part of it, by kind.</summary>
internal sealed class PartsSkill : ISkill
{
    public string Intent => Intents.Parts;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).About(subject);
        var name = EntityNames.Named(subject);
        var parts = snapshot.Related(subject.Ref, RelationTypes.HasPart);
        if (parts.Count == 0)
        {
            answer.Say($"Nothing in the catalog is part of {name}.");
            return answer.Build();
        }

        answer.Say($"{name} has {parts.Count} part(s).");
        foreach (var kind in parts.GroupBy(p => p.Kind, StringComparer.OrdinalIgnoreCase))
        {
            answer.List(kind.Key, kind.ToList());
        }

        foreach (var part in parts.Take(EntityNames.ListLimit))
        {
            answer.Source(part);
        }

        return answer.Build();
    }
}
