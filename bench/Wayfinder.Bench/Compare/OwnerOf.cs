using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Bench.Compare;

/// <summary>An entity's owner ref as the catalog resolves it (its first <c>ownedBy</c> relation), or <c>null</c>.</summary>
internal static class OwnerOf
{
    public static string? Ref(CatalogSnapshot snapshot, EntityRef entity)
    {
        var owners = snapshot.Related(entity, RelationTypes.OwnedBy);
        return owners.Count > 0 ? owners[0].Ref.ToString() : null;
    }
}
