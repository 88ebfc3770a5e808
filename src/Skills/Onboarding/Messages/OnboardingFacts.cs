using System.Globalization;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Skills.Onboarding.Messages;

/// <summary>
/// The values of a plan's placeholders for one person, read from the catalog at send time, so a nudge names the
/// services, runbooks and channel their team has today: <c>person.*</c>, <c>team.*</c> (the person's first group),
/// <c>buddy</c>, <c>manager</c>, <c>start.date</c> and <c>plan.title</c>.
/// </summary>
public static class OnboardingFacts
{
    private const int ListLimit = 10;

    public static IReadOnlyDictionary<string, string> Of(CatalogSnapshot snapshot, OnboardingPlan plan, NudgePeople people)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(people);
        var person = people.Person;
        var name = person.DisplayName;
        var team = snapshot.Related(person.Ref, RelationTypes.MemberOf) is [var first, ..] ? first : null;
        var owned = team is null ? [] : snapshot.Related(team.Ref, RelationTypes.OwnerOf);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["person.name"] = name,
            ["person.firstName"] = name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var given, ..] ? given : name,
            ["person.email"] = person.Profile.Email ?? "",
            ["team.name"] = team?.DisplayName ?? "your team",
            ["team.channel"] = team is null ? "your team's channel" : Channel(snapshot, team),
            ["team.owned"] = owned.Count == 0 ? "nothing yet" : string.Join(", ", owned.Take(ListLimit).Select(e => e.Metadata.Name)),
            ["team.runbooks"] = Links(owned, l => l.IsRunbook, "no runbooks are linked yet"),
            ["team.docs"] = Links(owned, l => l.IsDocs, "no docs are linked yet"),
            ["team.oncall"] = OnCall(team, owned),
            ["buddy"] = people.Buddy?.DisplayName ?? "your buddy",
            ["manager"] = people.Manager?.DisplayName ?? "your manager",
            ["start.date"] = people.Start.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
            ["plan.title"] = plan.Title,
        };
    }

    private static string Channel(CatalogSnapshot snapshot, Entity team) =>
        snapshot.ContactOf(team.Ref) is { } contact ? contact.SlackChannel ?? contact.TeamsChannel ?? "your team's channel" : "your team's channel";

    private static string Links(IReadOnlyList<Entity> owned, Func<EntityLink, bool> kind, string none)
    {
        var lines = owned
            .SelectMany(e => e.Metadata.Links.Where(kind).Take(1).Select(l => $"- {e.Metadata.Name}: {l.Url}"))
            .Take(ListLimit)
            .ToList();
        return lines.Count == 0 ? none : string.Join('\n', lines);
    }

    private static string OnCall(Entity? team, IReadOnlyList<Entity> owned)
    {
        var routes = new[] { team }.Concat(owned).OfType<Entity>()
            .Select(e => e.Annotation(WellKnownAnnotations.OpsgenieTeam) is { } og ? $"Opsgenie team {og}"
                : e.Annotation(WellKnownAnnotations.PagerDutyServiceId) is { } pd ? $"PagerDuty service {pd} ({e.Metadata.Name})" : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
        return routes.Count == 0 ? "no on-call rota is recorded yet" : string.Join("; ", routes);
    }
}
