namespace Wayfinder.Catalog.Tests.Support;

/// <summary>
/// Small valid descriptors for tests that are about something else. <c>extraSpec</c> and <c>extraMetadata</c> are
/// YAML lines already indented by two spaces, added at the end of their block.
/// </summary>
internal static class Descriptor
{
    public static string Component(string name, string owner = "team-a", string extraSpec = "", string extraMetadata = "") => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        {extraMetadata}
        spec:
          type: service
          lifecycle: production
          owner: {owner}
        {extraSpec}

        """;

    public static string Api(string name, string owner = "team-a", string extraSpec = "", string extraMetadata = "") => $"""
        apiVersion: backstage.io/v1alpha1
        kind: API
        metadata:
          name: {name}
        {extraMetadata}
        spec:
          type: openapi
          lifecycle: production
          owner: {owner}
          definition: "openapi: 3.0.0"
        {extraSpec}

        """;

    public static string Group(string name, string children = "[]", string extraSpec = "", string extraMetadata = "") => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: {name}
        {extraMetadata}
        spec:
          type: team
          children: {children}
        {extraSpec}

        """;

    public static string User(string name, string memberOf = "[]", string extraSpec = "") => $"""
        apiVersion: backstage.io/v1alpha1
        kind: User
        metadata:
          name: {name}
        spec:
          memberOf: {memberOf}
        {extraSpec}

        """;

    public static string Location(string name, params string[] targets) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Location
        metadata:
          name: {name}
        spec:
          targets:
        {string.Concat(targets.Select(t => $"    - {t}\n"))}
        """;

    /// <summary>
    /// A valid entity of any known <paramref name="kind"/> with only its required spec fields (owner <c>team-a</c>),
    /// plus <paramref name="extraSpec"/>; a required field named in <paramref name="extraSpec"/> replaces the default.
    /// </summary>
    public static string Minimal(string kind, string name, string extraSpec = "", string? ns = null)
    {
        string[] required = kind.ToLowerInvariant() switch
        {
            "component" => ["type: service", "lifecycle: production", "owner: team-a"],
            "api" => ["type: openapi", "lifecycle: production", "owner: team-a", "definition: x"],
            "resource" => ["type: database", "owner: team-a"],
            "system" or "domain" => ["owner: team-a"],
            "group" => ["type: team", "children: []"],
            "user" => ["memberOf: []"],
            "airesource" => ["type: skill", "lifecycle: production", "owner: team-a"],
            _ => [],
        };
        var extra = extraSpec.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var spec = required
            .Where(line => !extra.Any(e => e.TrimStart().StartsWith(line[..(line.IndexOf(':', StringComparison.Ordinal) + 1)], StringComparison.Ordinal)))
            .Select(line => "  " + line)
            .Concat(extra);
        return $"""
            apiVersion: backstage.io/v1alpha1
            kind: {kind}
            metadata:
              name: {name}
              namespace: {ns ?? "default"}
            spec:
            {string.Join('\n', spec)}

            """;
    }

    /// <summary>Joins documents into one multi-document stream.</summary>
    public static string Documents(params string[] documents) => string.Join("---\n", documents);
}
