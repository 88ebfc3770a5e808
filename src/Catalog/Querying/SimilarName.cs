using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Querying;

/// <summary>An entity whose name, title, alias, display name or email is spelled within one or two typos of a phrase.</summary>
/// <param name="Entity">The entity found.</param>
/// <param name="Source">Which of its names matched.</param>
/// <param name="Distance">Edits between the phrase's name key and the matched key (1 or 2; 0 never occurs, that is an exact match).</param>
public sealed record SimilarName(Entity Entity, NameMatchSource Source, int Distance);
