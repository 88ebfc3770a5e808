using Wayfinder.Catalog.Entities;
using static Wayfinder.Catalog.Entities.KnownKinds;
using static Wayfinder.Catalog.Relations.RelationTypes;

namespace Wayfinder.Catalog.Relations;

/// <summary>Every spec field that refers to other entities (catalog-format.md §5).</summary>
public static class RefFields
{
    /// <summary>The table, in the order relations are listed in answers.</summary>
    public static IReadOnlyList<RefField> All { get; } =
    [
        new([Component, Api, Resource, KnownKinds.System, Domain, Template, AiResource], "owner", Group, OwnedBy, OwnerOf, false),
        new([Component, Api, Resource, AiResource], "system", KnownKinds.System, PartOf, HasPart, false),
        new([KnownKinds.System], "domain", Domain, PartOf, HasPart, false),
        new([Component], "subcomponentOf", Component, PartOf, HasPart, false),
        new([Domain], "subdomainOf", Domain, PartOf, HasPart, false),
        new([Component], "providesApis", Api, ProvidesApi, ApiProvidedBy, true),
        new([Component], "consumesApis", Api, ConsumesApi, ApiConsumedBy, true),
        new([Component, Resource, AiResource], "dependsOn", null, DependsOn, DependencyOf, true),
        new([Component, Resource], "dependencyOf", null, DependencyOf, DependsOn, true),
        new([Group], "parent", Group, ChildOf, ParentOf, false),
        new([Group], "children", Group, ParentOf, ChildOf, true),
        new([Group], "members", User, HasMember, MemberOf, true),
        new([User], "memberOf", Group, MemberOf, HasMember, true),
        new([AiResource], "skills", AiResource, HasPart, PartOf, true),
        new([AiResource], "plugins", AiResource, HasPart, PartOf, true),
    ];

    /// <summary>The ref fields that apply to <paramref name="kind"/> (lower-case); none for unknown kinds.</summary>
    public static IReadOnlyList<RefField> For(string kind) => ByKind.GetValueOrDefault(kind) ?? [];

    private static readonly Dictionary<string, RefField[]> ByKind = All
        .SelectMany(f => f.Kinds)
        .Distinct(StringComparer.Ordinal)
        .ToDictionary(kind => kind, kind => All.Where(f => f.Kinds.Contains(kind)).ToArray(), StringComparer.Ordinal);
}
