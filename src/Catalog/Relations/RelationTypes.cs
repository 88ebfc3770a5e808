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
}
