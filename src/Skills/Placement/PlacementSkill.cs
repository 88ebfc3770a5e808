using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Placement;

/// <summary>
/// "What system is X part of" / "where does team-d sit in the org": the chain of containers above the entity —
/// system and domain for software, parent groups up to the organisation for teams.
/// </summary>
internal sealed class PlacementSkill : ISkill
{
    private const int MaxDepth = 8;

    public string Intent => Intents.Placement;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).About(subject);
        var chain = subject.Ref.Kind == KnownKinds.Group ? snapshot.GroupAncestors(subject.Ref).ToList() : Containers(snapshot, subject);
        var name = EntityNames.Named(subject);
        if (chain.Count == 0)
        {
            answer.Say(subject.Ref.Kind == KnownKinds.Group
                ? $"{name} is at the top of the organisation: it has no parent group."
                : $"{name} is not part of any system or domain in the catalog.");
            return answer.Build();
        }

        foreach (var container in chain)
        {
            answer.Name(container).Fact(container.Ref.Kind == KnownKinds.Group ? "Parent" : container.Kind, EntityNames.Named(container));
        }

        answer.Source(subject, subject.Spec[subject.Ref.Kind == KnownKinds.Group ? "parent" : "system"] ?? subject.Spec["domain"]);
        answer.Say($"{name} is part of {string.Join(", which is part of ", chain.Select(Described))}.");
        return answer.Build();
    }

    /// <summary>System, then its domain, then parent domains (subdomainOf), nearest first.</summary>
    private static List<Entity> Containers(Catalog.Querying.CatalogSnapshot snapshot, Entity subject)
    {
        var chain = new List<Entity>();
        var current = subject;
        while (chain.Count < MaxDepth
               && snapshot.Related(current.Ref, RelationTypes.PartOf).FirstOrDefault(c => chain.TrueForAll(k => k.Ref != c.Ref) && c.Ref != subject.Ref) is { } next)
        {
            chain.Add(next);
            current = next;
        }

        return chain;
    }

    private static string Described(Entity container) => container.Ref.Kind switch
    {
        KnownKinds.Group => $"{EntityNames.Named(container)} ({container.Type ?? "group"})",
        _ => $"the {EntityNames.Named(container)} {container.Kind.ToLowerInvariant()}",
    };
}
