using Wayfinder.Catalog.Entities;
using static Wayfinder.Catalog.Validation.FieldShape;

namespace Wayfinder.Catalog.Validation;

/// <summary>Required and typed spec fields per kind (catalog-format.md §4). Ref fields are checked by <see cref="RefFieldValidator"/>.</summary>
internal static class SpecRules
{
    private static readonly Dictionary<string, SpecField[]> Fields = new(StringComparer.Ordinal)
    {
        [KnownKinds.Component] = [new("type", Text, true), new("lifecycle", Text, true), new("owner", Ref, true)],
        [KnownKinds.Api] = [new("type", Text, true), new("lifecycle", Text, true), new("owner", Ref, true)],
        [KnownKinds.Resource] = [new("type", Text, true), new("owner", Ref, true)],
        [KnownKinds.System] = [new("owner", Ref, true), new("type", Text, false)],
        [KnownKinds.Domain] = [new("owner", Ref, true), new("type", Text, false)],
        [KnownKinds.Group] = [new("type", Text, true), new("children", List, true), new("profile", Map, false)],
        [KnownKinds.User] = [new("memberOf", List, true), new("profile", Map, false)],
        [KnownKinds.Location] = [new("type", Text, false), new("target", Text, false), new("targets", List, false), new("presence", Text, false)],
        [KnownKinds.Template] = [new("type", Text, true), new("steps", List, true), new("owner", Ref, false), new("lifecycle", Text, false)],
        [KnownKinds.AiResource] = [new("type", Text, true), new("lifecycle", Text, true), new("owner", Ref, true)],
    };

    /// <summary>Fields whose presence depends on <c>spec.type</c>.</summary>
    private static readonly Dictionary<(string Kind, string Type), SpecField[]> TypeFields = new()
    {
        [(KnownKinds.AiResource, "rule")] = [new("category", Text, true), new("rationale", Text, true)],
        [(KnownKinds.AiResource, "plugin")] = [new("skills", List, true)],
        [(KnownKinds.AiResource, "marketplace")] = [new("plugins", List, true)],
        [(KnownKinds.Api, "mcp-server")] = [new("remotes", List, true)],
    };

    /// <summary>True when the kind has a fixed spec shape, so a missing spec is an error.</summary>
    public static bool Knows(string kind) => Fields.ContainsKey(kind);

    /// <summary>The fields to check for an entity of <paramref name="kind"/> with <c>spec.type</c> <paramref name="type"/>.</summary>
    public static IEnumerable<SpecField> For(string kind, string? type)
    {
        var fields = Fields.GetValueOrDefault(kind) ?? [];
        if (type is not null && TypeFields.TryGetValue((kind, type), out var extra))
        {
            return fields.Concat(extra);
        }

        // Every API has a definition except MCP servers, which list their remotes instead.
        return kind == KnownKinds.Api && type is not null ? fields.Append(new SpecField("definition", TextOrMap, true)) : fields;
    }
}
