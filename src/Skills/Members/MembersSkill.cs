using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;
using Wayfinder.Skills.Owner;

namespace Wayfinder.Skills.Members;

/// <summary>"Who is on team-b": the group's direct members, its sub-teams, contact and parent.</summary>
internal sealed class MembersSkill : ISkill
{
    public string Intent => Intents.Members;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var group = request.RequiredSubject;
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).About(group);
        var members = snapshot.Related(group.Ref, RelationTypes.HasMember);
        var children = snapshot.Related(group.Ref, RelationTypes.ParentOf);
        foreach (var member in members)
        {
            answer.Name(member).Source(member, member.Spec["memberOf"]);
        }

        answer.Say(members.Count switch
        {
            0 => $"{EntityNames.Named(group)} has no direct members in the catalog.",
            1 => $"{EntityNames.Named(group)} has 1 member: {EntityNames.List(members)}.",
            _ => $"{EntityNames.Named(group)} has {members.Count} members: {EntityNames.List(members)}.",
        }).Fact("Members", members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (children.Count > 0)
        {
            foreach (var child in children)
            {
                answer.Name(child);
            }

            var everyone = snapshot.GroupDescendants(group.Ref).SelectMany(g => snapshot.Related(g.Ref, RelationTypes.HasMember)).DistinctBy(u => u.Ref).Count();
            answer.Say($"Its teams: {EntityNames.List(children)} ({everyone} more people in them).");
        }

        if (snapshot.GroupAncestors(group.Ref) is [var parent, ..])
        {
            answer.Name(parent).Say($"It is part of {EntityNames.Named(parent)}.").Fact("Part of", EntityNames.Named(parent));
        }

        if (snapshot.ContactOf(group.Ref) is { } contact)
        {
            OwnerFacts.WriteContact(answer, snapshot, contact);
        }

        return answer.Build();
    }
}
