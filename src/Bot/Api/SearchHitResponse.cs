using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;

namespace Wayfinder.Bot.Api;

/// <summary>One search hit as JSON (<c>GET /api/search</c> and <c>search --json</c>).</summary>
/// <param name="Ref">Canonical entity ref.</param>
/// <param name="Kind">Kind as written.</param>
/// <param name="Title">Title, display name or name.</param>
/// <param name="Owner">Owner ref, when the entity has one.</param>
/// <param name="Score">Relevance, relative to the other hits.</param>
public sealed record SearchHitResponse(string Ref, string Kind, string Title, string? Owner, float Score)
{
    /// <summary>Maps a hit, reading its owner from the hit's own snapshot.</summary>
    public static SearchHitResponse From(SearchHit hit, CatalogSnapshot snapshot)
    {
        var owners = snapshot.RelationsOf(hit.Entity.Ref, RelationTypes.OwnedBy);
        return new SearchHitResponse(
            hit.Entity.Ref.ToString(),
            hit.Entity.Kind,
            hit.Entity.DisplayName,
            owners.Count > 0 ? owners[0].Target.ToString() : null,
            MathF.Round(hit.Score, 4));
    }

    /// <summary>Maps every hit of a search.</summary>
    public static IReadOnlyList<SearchHitResponse> From(SearchResult result) =>
        result.Hits.Select(h => From(h, result.Snapshot)).ToList();
}
