using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Owner;

/// <summary>"Who owns X": the owning group or user, its email and chat channel, its members and its parent group.</summary>
internal sealed class OwnerSkill : ISkill
{
    public string Intent => Intents.Owner;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var answer = new AnswerComposer(Intent).About(subject);
        OwnerFacts.Write(answer, request.Snapshot, subject, withTeam: true);
        return answer.Build();
    }
}
