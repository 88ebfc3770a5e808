namespace Wayfinder.Catalog.Relations;

/// <summary>Backstage's relation names, each with its inverse.</summary>
public static class RelationTypes
{
    public const string OwnedBy = "ownedBy";
    public const string OwnerOf = "ownerOf";
    public const string PartOf = "partOf";
    public const string HasPart = "hasPart";
    public const string DependsOn = "dependsOn";
    public const string DependencyOf = "dependencyOf";
    public const string ProvidesApi = "providesApi";
    public const string ApiProvidedBy = "apiProvidedBy";
    public const string ConsumesApi = "consumesApi";
    public const string ApiConsumedBy = "apiConsumedBy";
    public const string MemberOf = "memberOf";
    public const string HasMember = "hasMember";
    public const string ChildOf = "childOf";
    public const string ParentOf = "parentOf";

    /// <summary>Every relation name; a relation's type is stored as its index here.</summary>
    internal static IReadOnlyList<string> All { get; } =
    [
        OwnedBy, OwnerOf, PartOf, HasPart, DependsOn, DependencyOf, ProvidesApi,
        ApiProvidedBy, ConsumesApi, ApiConsumedBy, MemberOf, HasMember, ChildOf, ParentOf,
    ];

    /// <summary>The index of <paramref name="type"/> in <see cref="All"/>, or -1.</summary>
    internal static int IndexOf(string type) => Indexes.GetValueOrDefault(type, -1);

    private static readonly Dictionary<string, int> Indexes =
        All.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
}
