using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Querying;

/// <summary>One ranked search result.</summary>
/// <param name="Entity">The entity found.</param>
/// <param name="Score">Relevance; only meaningful relative to other hits of the same search.</param>
public sealed record SearchHit(Entity Entity, float Score);
