using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Person;

/// <summary>"Which team is Jenny Doe on": the person's groups (and where those sit), email and what they own.</summary>
internal sealed class PersonSkill : ISkill
{
    public string Intent => Intents.Person;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var person = request.RequiredSubject;
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).About(person).Source(person, person.Spec["memberOf"]);
        var name = EntityNames.Named(person);
        var groups = snapshot.Related(person.Ref, RelationTypes.MemberOf);
        if (groups.Count == 0)
        {
            answer.Say($"{name} is not a member of any group in the catalog.");
        }
        else
        {
            answer.List($"{name} is on", groups);
            foreach (var group in groups)
            {
                answer.Fact("Team", EntityNames.Named(group));
                if (snapshot.GroupAncestors(group.Ref) is [var parent, ..])
                {
                    answer.Name(parent).Say($"{EntityNames.Label(group)} is part of {EntityNames.Named(parent)}.");
                }
            }
        }

        if (person.Metadata.Description is { } role)
        {
            answer.Say($"Role: {role.Trim().TrimEnd('.')}.").Fact("Role", role.Trim().TrimEnd('.'));
        }

        if (person.Profile.Email is { } email)
        {
            answer.Say($"Email: {email}.").Fact("Email", email);
        }

        var owned = snapshot.Related(person.Ref, RelationTypes.OwnerOf);
        if (owned.Count > 0)
        {
            answer.List("They own", owned);
        }

        return answer.Build();
    }
}
