using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Help;

/// <summary>"help": what Wayfinder answers, with example questions about entities that exist in the loaded catalog.</summary>
internal sealed class HelpSkill : ISkill
{
    public string Intent => Intents.Help;

    public SubjectNeed Subject => SubjectNeed.None;

    public Answer Answer(SkillRequest request)
    {
        var snapshot = request.Snapshot;
        var answer = new AnswerComposer(Intent).Title("Wayfinder")
            .Say($"I answer questions about the software catalog ({snapshot.Entities.Count} entities): owners, docs, runbooks, on-call, dependencies, APIs, teams and tools. For example:");
        var service = First(snapshot, e => e.Ref.Kind == KnownKinds.Component && e.Metadata.Links.Any(l => l.IsRunbook))
            ?? First(snapshot, e => e.Ref.Kind == KnownKinds.Component);
        var api = First(snapshot, e => e.Ref.Kind == KnownKinds.Api && snapshot.RelationsOf(e.Ref, RelationTypes.ApiConsumedBy).Count > 0);
        var team = First(snapshot, e => e.Ref.Kind == KnownKinds.Group && snapshot.RelationsOf(e.Ref, RelationTypes.HasMember).Count > 0);
        var person = team is null ? null : snapshot.Related(team.Ref, RelationTypes.HasMember) is [var first, ..] ? first : null;
        var system = First(snapshot, e => e.Ref.Kind == KnownKinds.System);
        var tool = First(snapshot, e => e.Ref.Kind == KnownKinds.Resource && string.Equals(e.Type, "tool", StringComparison.OrdinalIgnoreCase));
        Example(answer, service, n => $"who owns {n}", n => $"runbook for {n}", n => $"who is on call for {n}", n => $"what does {n} depend on");
        Example(answer, api, n => $"docs for {n}", n => $"who uses {n}");
        Example(answer, team, n => $"who is on {n}", n => $"what does {n} own");
        Example(answer, person, n => $"which team is {n} on");
        Example(answer, system, n => $"what is in the {n} system");
        Example(answer, tool, n => $"where is {n}");
        answer.Line("Anything else is searched: type a few words and I'll show the best matches.");
        return answer.Build();
    }

    private static Entity? First(CatalogSnapshot snapshot, Func<Entity, bool> test) =>
        snapshot.Entities.Where(test).OrderBy(e => e.Ref.ToString(), StringComparer.Ordinal).FirstOrDefault();

    private static void Example(AnswerComposer answer, Entity? entity, params Func<string, string>[] questions)
    {
        if (entity is null)
        {
            return;
        }

        var name = entity.Ref.Kind == KnownKinds.User ? EntityNames.Label(entity) : entity.Metadata.Name;
        answer.Name(entity);
        foreach (var question in questions)
        {
            answer.Line($"- {question(name)}");
        }
    }
}
