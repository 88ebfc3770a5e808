using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.OnCall;

/// <summary>
/// How an entity is paged, from the PagerDuty and Opsgenie annotations: on the entity itself, else on its owner or
/// the owner's parent groups, else on its system.
/// </summary>
internal static class OnCallFacts
{
    /// <summary>Writes the paging route; returns false when none is recorded anywhere.</summary>
    public static bool Write(AnswerComposer answer, CatalogSnapshot snapshot, Entity entity)
    {
        var holder = Candidates(snapshot, entity).FirstOrDefault(HasPaging);
        if (holder is null)
        {
            return false;
        }

        answer.Name(holder).Source(holder);
        var via = holder.Ref == entity.Ref ? string.Empty : $" (recorded on {EntityNames.Named(holder)})";
        if (holder.Annotation(WellKnownAnnotations.PagerDutyServiceId) is { } service)
        {
            answer.Say($"Paging for {EntityNames.Named(entity)} goes through PagerDuty service {service}{via}.")
                .Fact("On-call", $"PagerDuty {service}")
                .Link("PagerDuty service", $"https://app.pagerduty.com/service-directory/{Uri.EscapeDataString(service)}", "pagerduty");
        }
        else if (holder.Annotation(WellKnownAnnotations.PagerDutyIntegrationKey) is not null)
        {
            answer.Say($"{EntityNames.Named(entity)} is paged through PagerDuty (an integration key is set{via}).").Fact("On-call", "PagerDuty");
        }

        if (holder.Annotation(WellKnownAnnotations.OpsgenieTeam) is { } team)
        {
            answer.Say($"Paging for {EntityNames.Named(entity)} goes through the Opsgenie team {team}{via}.").Fact("On-call", $"Opsgenie {team}");
        }
        else if (holder.Annotation(WellKnownAnnotations.OpsgenieComponentSelector) is { } selector)
        {
            answer.Say($"Opsgenie alerts for {EntityNames.Named(entity)} match {selector}{via}.").Fact("On-call", "Opsgenie");
        }

        return true;
    }

    /// <summary>The routes a provider can be asked about live: the PagerDuty service and the Opsgenie team of the holder.</summary>
    public static IReadOnlyList<OnCallRoute> Routes(CatalogSnapshot snapshot, Entity entity)
    {
        var holder = Candidates(snapshot, entity).FirstOrDefault(HasPaging);
        var routes = new List<OnCallRoute>();
        if (holder?.Annotation(WellKnownAnnotations.PagerDutyServiceId) is { } service)
        {
            routes.Add(new OnCallRoute(OnCallProvider.PagerDuty, service));
        }

        if (holder?.Annotation(WellKnownAnnotations.OpsgenieTeam) is { } team)
        {
            routes.Add(new OnCallRoute(OnCallProvider.Opsgenie, team));
        }

        return routes;
    }

    private static IEnumerable<Entity> Candidates(CatalogSnapshot snapshot, Entity entity)
    {
        yield return entity;
        if (snapshot.OwnerContactOf(entity.Ref)?.Owner is { } owner)
        {
            yield return owner;
            foreach (var ancestor in snapshot.GroupAncestors(owner.Ref))
            {
                yield return ancestor;
            }
        }

        foreach (var system in snapshot.Related(entity.Ref, RelationTypes.PartOf))
        {
            yield return system;
        }
    }

    private static bool HasPaging(Entity entity) =>
        entity.Annotation(WellKnownAnnotations.PagerDutyServiceId) is not null
        || entity.Annotation(WellKnownAnnotations.PagerDutyIntegrationKey) is not null
        || entity.Annotation(WellKnownAnnotations.OpsgenieTeam) is not null
        || entity.Annotation(WellKnownAnnotations.OpsgenieComponentSelector) is not null;
}
