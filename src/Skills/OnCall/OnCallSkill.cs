using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;
using Wayfinder.Skills.Owner;

namespace Wayfinder.Skills.OnCall;

/// <summary>
/// "Who is on call for X": who is on call now according to PagerDuty or Opsgenie (when the host asks them), the route
/// as recorded in the catalog, and the owner's channel.
/// </summary>
internal sealed class OnCallSkill(IOnCallRoster roster) : IAsyncSkill
{
    public string Intent => Intents.OnCall;

    public SubjectNeed Subject => SubjectNeed.Required;

    public Answer Answer(SkillRequest request) => Compose(request, []).Build();

    public async ValueTask<Answer> AnswerAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        var routes = OnCallFacts.Routes(request.Snapshot, request.RequiredSubject);
        var lookups = await Task.WhenAll(routes.Select(r => roster.LookUpAsync(r, cancellationToken).AsTask()));
        return Compose(request, lookups).Build();
    }

    private AnswerComposer Compose(SkillRequest request, IReadOnlyList<RosterLookup> lookups)
    {
        var subject = request.RequiredSubject;
        var answer = new AnswerComposer(Intent).About(subject);
        foreach (var lookup in lookups)
        {
            LiveOnCallFacts.Write(answer, request.Snapshot, subject, lookup);
        }

        if (!OnCallFacts.Write(answer, request.Snapshot, subject))
        {
            answer.Say($"No on-call rota (PagerDuty or Opsgenie) is recorded for {EntityNames.Named(subject)}.");
        }

        OwnerFacts.Write(answer, request.Snapshot, subject, withTeam: false);
        return answer;
    }
}
