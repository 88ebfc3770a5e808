using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;
using Wayfinder.Skills.Owner;

namespace Wayfinder.Skills.OnCall;

/// <summary>"Who is on call for X": the PagerDuty or Opsgenie route as recorded in the catalog, and the owner's channel.</summary>
internal sealed class OnCallSkill : ISkill
{
    public string Intent => Intents.OnCall;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var answer = new AnswerComposer(Intent).About(subject);
        if (!OnCallFacts.Write(answer, request.Snapshot, subject))
        {
            answer.Say($"No on-call rota (PagerDuty or Opsgenie) is recorded for {EntityNames.Named(subject)}.");
        }

        OwnerFacts.Write(answer, request.Snapshot, subject, withTeam: false);
        return answer.Build();
    }
}
