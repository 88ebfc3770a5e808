using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Apis;

/// <summary>
/// "What APIs does X provide/consume": for a component, the APIs it provides and consumes; for an API, who provides
/// and consumes it; for a system or group, the APIs in it or owned by it.
/// </summary>
internal sealed class ApisSkill : ISkill
{
    public string Intent => Intents.Apis;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).About(subject)
            .Source(subject, subject.Spec["providesApis"]).Source(subject, subject.Spec["consumesApis"]);
        var name = EntityNames.Named(subject);
        var count = subject.Ref.Kind switch
        {
            KnownKinds.Api => RelatedSections.Write(answer, snapshot, subject,
                (RelationTypes.ApiProvidedBy, $"{name} is provided by"), (RelationTypes.ApiConsumedBy, "It is consumed by")),
            KnownKinds.System or KnownKinds.Domain => ListApis(answer, $"APIs in {name}", snapshot.Related(subject.Ref, RelationTypes.HasPart)),
            KnownKinds.Group or KnownKinds.User => ListApis(answer, $"APIs owned by {name}", snapshot.Related(subject.Ref, RelationTypes.OwnerOf)),
            _ => RelatedSections.Write(answer, snapshot, subject,
                (RelationTypes.ProvidesApi, $"{name} provides"), (RelationTypes.ConsumesApi, "It consumes")),
        };
        if (count == 0)
        {
            answer.Say($"The catalog lists no APIs for {name}.");
        }

        return answer.Build();
    }

    private static int ListApis(AnswerComposer answer, string lead, IReadOnlyList<Entity> entities)
    {
        var apis = entities.Where(e => e.Ref.Kind == KnownKinds.Api).ToList();
        if (apis.Count > 0)
        {
            answer.List(lead, apis);
        }

        return apis.Count;
    }
}
