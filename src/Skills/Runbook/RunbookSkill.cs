using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;
using Wayfinder.Skills.OnCall;
using Wayfinder.Skills.Owner;

namespace Wayfinder.Skills.Runbook;

/// <summary>
/// "Runbook for X" / "X is down": the runbook links, then what helps at 3 a.m. — dashboards, how to page, and the
/// owner to ask when there is no runbook.
/// </summary>
internal sealed class RunbookSkill : ISkill
{
    public string Intent => Intents.Runbook;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request)
    {
        var subject = request.RequiredSubject;
        var answer = new AnswerComposer(Intent).About(subject);
        var runbooks = subject.Metadata.Links.Where(l => l.IsRunbook).ToList();
        foreach (var link in runbooks)
        {
            answer.Link(link, "runbook");
        }

        if (runbooks.Count > 0)
        {
            answer.Say($"Runbook for {EntityNames.Named(subject)}: {string.Join(", ", runbooks.Select(r => r.Title ?? r.Url))}.");
        }
        else
        {
            answer.Say($"No runbook is linked for {EntityNames.Named(subject)} in the catalog.");
        }

        foreach (var dashboard in subject.Metadata.Links.Where(l => l.IsDashboard))
        {
            answer.Link(dashboard, "dashboard");
        }

        OnCallFacts.Write(answer, request.Snapshot, subject);
        OwnerFacts.Write(answer, request.Snapshot, subject, withTeam: false);
        return answer.Build();
    }
}
