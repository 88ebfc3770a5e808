namespace Wayfinder.Catalog.Relations;

/// <summary>
/// A spec field that refers to other entities, with its default kind and the relations it produces
/// (catalog-format.md §5).
/// </summary>
/// <param name="Kinds">The entity kinds (lower-case) whose spec carries the field.</param>
/// <param name="Field">The spec field name.</param>
/// <param name="DefaultKind">Kind assumed when the ref has none; <c>null</c> when the ref must name it.</param>
/// <param name="Relation">Relation from the entity to the target.</param>
/// <param name="Inverse">Relation from the target back to the entity.</param>
/// <param name="IsList">True when the field holds a list of refs.</param>
public sealed record RefField(string[] Kinds, string Field, string? DefaultKind, string Relation, string Inverse, bool IsList);
