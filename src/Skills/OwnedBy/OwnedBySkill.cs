using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.OwnedBy;

/// <summary>"What does team-c own": what the group or user owns directly, by kind, then what its sub-teams own.</summary>
internal sealed class OwnedBySkill : ISkill
{
    public string Intent => Intents.OwnedBy;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var owner = request.RequiredSubject;
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).About(owner);
        var owned = snapshot.Related(owner.Ref, RelationTypes.OwnerOf);
        if (owned.Count == 0)
        {
            answer.Say($"{EntityNames.Named(owner)} owns nothing directly in the catalog.");
        }
        else
        {
            answer.Say($"{EntityNames.Named(owner)} owns {Count(owned.Count)}.");
            foreach (var kind in owned.GroupBy(e => e.Kind, StringComparer.OrdinalIgnoreCase))
            {
                answer.List(KindPlural(kind.Key, kind.Count()), kind.ToList());
            }

            foreach (var entity in owned.Take(EntityNames.ListLimit))
            {
                answer.Source(entity, entity.Spec["owner"]);
            }
        }

        answer.Fact("Owns", owned.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (owner.Ref.Kind == KnownKinds.Group)
        {
            WriteSubTeams(answer, request, owner);
        }

        return answer.Build();
    }

    private static void WriteSubTeams(AnswerComposer answer, SkillRequest request, Entity group)
    {
        var snapshot = request.Snapshot;
        var byTeam = snapshot.GroupDescendants(group.Ref)
            .Select(team => (Team: team, Owned: snapshot.Related(team.Ref, RelationTypes.OwnerOf)))
            .Where(t => t.Owned.Count > 0)
            .ToList();
        if (byTeam.Count == 0)
        {
            return;
        }

        answer.Line("Through its teams:");
        foreach (var (team, owned) in byTeam.Take(EntityNames.ListLimit))
        {
            answer.Name(team).Line($"- {EntityNames.Named(team)}: {EntityNames.List(owned, 6)}");
        }
    }

    private static string Count(int count) => count == 1 ? "1 entity" : $"{count} entities";

    private static string KindPlural(string kind, int count) => count == 1 ? kind : kind switch
    {
        "API" => "APIs",
        "Library" => "Libraries",
        _ when kind.EndsWith('s') => kind,
        _ => kind + "s",
    };
}
