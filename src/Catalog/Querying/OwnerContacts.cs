using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Catalog.Querying;

/// <summary>Works out how to reach an entity's owner.</summary>
internal static class OwnerContacts
{
    public static OwnerContact? Of(CatalogSnapshot snapshot, EntityRef entityRef)
    {
        var owned = snapshot.RelationsOf(entityRef, RelationTypes.OwnedBy);
        if (owned.Count == 0)
        {
            return null;
        }

        var owner = snapshot.Get(owned[0].Target);
        return owner is null ? new OwnerContact(owned[0].Target, null, null, null, null, null, []) : ContactOf(snapshot, owner);
    }

    /// <summary>How to reach <paramref name="owner"/> itself: its email, its (or its nearest parent's) channels, its members.</summary>
    public static OwnerContact ContactOf(CatalogSnapshot snapshot, Entity owner)
    {
        var channelHolder = new[] { owner }
            .Concat(owner.Ref.Kind == KnownKinds.Group ? snapshot.GroupAncestors(owner.Ref) : [])
            .FirstOrDefault(HasChannel);
        var members = owner.Ref.Kind == KnownKinds.Group ? snapshot.Related(owner.Ref, RelationTypes.HasMember) : [];
        return new OwnerContact(
            owner.Ref,
            owner,
            owner.Profile.Email,
            channelHolder?.Annotation(WellKnownAnnotations.SlackChannel),
            channelHolder?.Annotation(WellKnownAnnotations.TeamsChannel),
            channelHolder is not null && channelHolder != owner ? channelHolder.Ref : null,
            members);
    }

    private static bool HasChannel(Entity entity) =>
        entity.Annotation(WellKnownAnnotations.SlackChannel) is not null
        || entity.Annotation(WellKnownAnnotations.TeamsChannel) is not null;
}
