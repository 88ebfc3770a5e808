using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Querying;

/// <summary>An entity found by one of its names, and which name it was.</summary>
public sealed record NameMatch(Entity Entity, NameMatchSource Source);
