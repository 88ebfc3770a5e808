using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Relations;

/// <summary>A directed relation from one entity to another, e.g. <c>ownedBy group:default/team-a</c>.</summary>
/// <param name="Type">Relation name from <see cref="RelationTypes"/>.</param>
/// <param name="Target">The related entity; it may not exist in the catalog (a dangling ref).</param>
public readonly record struct EntityRelation(string Type, EntityRef Target);
