namespace Wayfinder.Catalog.Entities;

/// <summary>The kinds of Backstage's catalog model, lower-case as in entity refs.</summary>
public static class KnownKinds
{
    public const string Component = "component";
    public const string Api = "api";
    public const string Resource = "resource";
    public const string System = "system";
    public const string Domain = "domain";
    public const string Group = "group";
    public const string User = "user";
    public const string Location = "location";
    public const string Template = "template";
    public const string AiResource = "airesource";

    /// <summary>The shared lower-case instance of a known kind written in any case, or <c>null</c> for other kinds.</summary>
    public static string? Canonical(string kind) => ByAnyCase.GetValueOrDefault(kind);

    /// <summary>Every kind the loader knows the shape of; others are kept as generic entities.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Component, Api, Resource, System, Domain, Group, User, Location, Template, AiResource,
    };

    private static readonly Dictionary<string, string> ByAnyCase =
        All.ToDictionary(kind => kind, kind => kind, StringComparer.OrdinalIgnoreCase);
}
