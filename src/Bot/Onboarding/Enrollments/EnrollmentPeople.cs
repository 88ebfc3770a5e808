using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Skills.Onboarding;

namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>Finding people and their plan in the catalog for an enrolment.</summary>
internal static class EnrollmentPeople
{
    /// <summary>The User with this email, user name or ref; <c>null</c> when there is none or more than one.</summary>
    public static Entity? FindUser(CatalogSnapshot snapshot, string text)
    {
        var wanted = text.Trim();
        var users = snapshot.FindByAnyName(wanted).Select(m => m.Entity).Where(e => e.Ref.Kind == KnownKinds.User).DistinctBy(e => e.Ref).ToList();

        // Name keys ignore punctuation, so kenneth.ali@… and kenneth.a.li@… share one; an email is matched exactly.
        if (wanted.Contains('@', StringComparison.Ordinal))
        {
            users = users.Where(u => string.Equals(u.Profile.Email, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        return users.Count == 1 ? users[0] : null;
    }

    /// <summary>The entity with this ref (as an enrolment stores its person, manager and buddy); <c>null</c> when there is none.</summary>
    public static Entity? ByRef(CatalogSnapshot snapshot, string? reference) =>
        reference is not null && EntityRef.TryParse(reference, null, "default", out var parsed, out _) ? snapshot.Get(parsed) : null;

    /// <summary>
    /// A plan for <paramref name="person"/>: the first plan for one of their groups (or the groups above them), else the
    /// default plan, else any plan for everyone.
    /// </summary>
    public static OnboardingPlan? PlanFor(CatalogSnapshot snapshot, PlanSet plans, Entity person, string defaultPlan)
    {
        var groups = GroupsOf(snapshot, person);
        return plans.Plans.FirstOrDefault(p => !p.Audience.Everyone && p.Audience.Groups.Any(groups.Contains))
            ?? plans.Find(defaultPlan)
            ?? plans.Plans.FirstOrDefault(p => p.Audience.Everyone);
    }

    /// <summary>The groups <paramref name="person"/> is a member of, and every group above those.</summary>
    public static HashSet<EntityRef> GroupsOf(CatalogSnapshot snapshot, Entity person) =>
        snapshot.Related(person.Ref, RelationTypes.MemberOf)
            .SelectMany(g => new[] { g }.Concat(snapshot.GroupAncestors(g.Ref)))
            .Select(g => g.Ref)
            .ToHashSet();
}
