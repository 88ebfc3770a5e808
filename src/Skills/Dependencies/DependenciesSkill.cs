using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Dependencies;

/// <summary>"What does X depend on": its <c>dependsOn</c> entities and the APIs it consumes.</summary>
internal sealed class DependenciesSkill : ISkill
{
    public string Intent => Intents.Dependencies;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var answer = new AnswerComposer(Intent).About(subject)
            .Source(subject, subject.Spec["dependsOn"]).Source(subject, subject.Spec["consumesApis"]);
        var name = EntityNames.Named(subject);
        var count = RelatedSections.Write(answer, request.Snapshot, subject,
            (RelationTypes.DependsOn, $"{name} depends on"),
            (RelationTypes.ConsumesApi, "It consumes the APIs"));
        if (count == 0)
        {
            answer.Say($"{name} has no dependencies in the catalog (no spec.dependsOn or spec.consumesApis).");
        }

        return answer.Build();
    }
}
