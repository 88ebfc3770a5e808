using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Dependents;

/// <summary>
/// "What depends on X" / "who uses X": entities that depend on it, consumers of it (an API), and consumers of the
/// APIs it provides (a component), each with its owner, since "who uses it" usually means "whom do I tell".
/// </summary>
internal sealed class DependentsSkill : ISkill
{
    public string Intent => Intents.Dependents;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).About(subject);
        var name = EntityNames.Named(subject);
        var count = RelatedSections.Write(answer, snapshot, subject,
            (RelationTypes.DependencyOf, $"These depend on {name}"),
            (RelationTypes.ApiConsumedBy, $"These consume {name}"));
        foreach (var api in snapshot.Related(subject.Ref, RelationTypes.ProvidesApi))
        {
            var consumers = snapshot.Related(api.Ref, RelationTypes.ApiConsumedBy);
            if (consumers.Count > 0)
            {
                answer.Name(api).List($"Through its API {EntityNames.Named(api)}", consumers);
                count += consumers.Count;
            }
        }

        if (count == 0)
        {
            answer.Say($"Nothing in the catalog depends on {name} or consumes it.");
        }
        else
        {
            WriteOwners(answer, snapshot, subject);
        }

        return answer.Build();
    }

    private static void WriteOwners(AnswerComposer answer, Catalog.Querying.CatalogSnapshot snapshot, Entity subject)
    {
        var dependents = snapshot.Related(subject.Ref, RelationTypes.DependencyOf)
            .Concat(snapshot.Related(subject.Ref, RelationTypes.ApiConsumedBy))
            .Concat(snapshot.Related(subject.Ref, RelationTypes.ProvidesApi).SelectMany(a => snapshot.Related(a.Ref, RelationTypes.ApiConsumedBy)));
        var owners = dependents.Select(d => snapshot.OwnerContactOf(d.Ref)?.Owner).OfType<Entity>().DistinctBy(o => o.Ref).ToList();
        if (owners.Count > 0)
        {
            answer.Say($"Owned by: {EntityNames.List(owners)}.");
        }
    }
}
