using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;
using Wayfinder.Skills.Owner;

namespace Wayfinder.Skills.Describe;

/// <summary>"What is X": kind, type, lifecycle, description, owner, system and links.</summary>
internal sealed class DescribeSkill : ISkill
{
    public string Intent => Intents.Describe;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).About(subject);
        answer.Say($"{EntityNames.Named(subject)} is {EntityNames.KindPhrase(subject)}.")
            .Fact("Kind", subject.Kind).Fact("Type", subject.Type).Fact("Lifecycle", subject.Lifecycle);
        if (subject.Metadata.Description is { } description)
        {
            answer.Say(description.Trim());
        }

        if (subject.Ref.Kind is not (KnownKinds.Group or KnownKinds.User))
        {
            OwnerFacts.Write(answer, snapshot, subject, withTeam: false);
        }

        var containers = snapshot.Related(subject.Ref, RelationTypes.PartOf).Concat(snapshot.Related(subject.Ref, RelationTypes.ChildOf));
        foreach (var container in containers)
        {
            answer.Name(container).Say($"Part of {EntityNames.Named(container)} ({container.Kind}).").Fact("Part of", EntityNames.Named(container));
        }

        if (subject.Ref.Kind == KnownKinds.Group)
        {
            var members = snapshot.Related(subject.Ref, RelationTypes.HasMember).Count;
            var owns = snapshot.Related(subject.Ref, RelationTypes.OwnerOf).Count;
            answer.Say($"It has {members} direct member(s) and owns {owns} entit{(owns == 1 ? "y" : "ies")}.");
        }

        if (subject.Metadata.Tags.Count > 0)
        {
            answer.Fact("Tags", string.Join(", ", subject.Metadata.Tags));
        }

        foreach (var link in subject.Metadata.Links)
        {
            answer.Link(link);
        }

        return answer.Build();
    }
}
