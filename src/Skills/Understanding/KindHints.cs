using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Understanding;

/// <summary>Words people put next to a name to say what kind of thing they mean: "the petstore API", "team c", "user guest".</summary>
internal static class KindHints
{
    private static readonly Dictionary<string, string> ByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["api"] = KnownKinds.Api, ["apis"] = KnownKinds.Api, ["endpoint"] = KnownKinds.Api, ["endpoints"] = KnownKinds.Api,
        ["interface"] = KnownKinds.Api, ["spec"] = KnownKinds.Api,
        ["service"] = KnownKinds.Component, ["services"] = KnownKinds.Component, ["svc"] = KnownKinds.Component,
        ["microservice"] = KnownKinds.Component, ["component"] = KnownKinds.Component, ["app"] = KnownKinds.Component,
        ["application"] = KnownKinds.Component, ["website"] = KnownKinds.Component, ["site"] = KnownKinds.Component,
        ["frontend"] = KnownKinds.Component, ["backend"] = KnownKinds.Component, ["library"] = KnownKinds.Component,
        ["lib"] = KnownKinds.Component, ["sdk"] = KnownKinds.Component, ["worker"] = KnownKinds.Component,
        ["cli"] = KnownKinds.Component, ["repo"] = KnownKinds.Component, ["repository"] = KnownKinds.Component,
        ["team"] = KnownKinds.Group, ["teams"] = KnownKinds.Group, ["squad"] = KnownKinds.Group, ["group"] = KnownKinds.Group,
        ["tribe"] = KnownKinds.Group, ["org"] = KnownKinds.Group, ["organisation"] = KnownKinds.Group,
        ["organization"] = KnownKinds.Group, ["department"] = KnownKinds.Group, ["guild"] = KnownKinds.Group,
        ["user"] = KnownKinds.User, ["person"] = KnownKinds.User, ["engineer"] = KnownKinds.User,
        ["developer"] = KnownKinds.User, ["colleague"] = KnownKinds.User, ["member"] = KnownKinds.User,
        ["system"] = KnownKinds.System, ["systems"] = KnownKinds.System, ["platform"] = KnownKinds.System,
        ["domain"] = KnownKinds.Domain, ["area"] = KnownKinds.Domain,
        ["resource"] = KnownKinds.Resource, ["database"] = KnownKinds.Resource, ["db"] = KnownKinds.Resource,
        ["queue"] = KnownKinds.Resource, ["topic"] = KnownKinds.Resource, ["bucket"] = KnownKinds.Resource,
        ["cache"] = KnownKinds.Resource, ["table"] = KnownKinds.Resource, ["cluster"] = KnownKinds.Resource,
        ["tool"] = KnownKinds.Resource, ["index"] = KnownKinds.Resource,
        ["location"] = KnownKinds.Location, ["template"] = KnownKinds.Template,
    };

    /// <summary>The kind a word hints at, or <c>null</c>.</summary>
    public static string? KindOf(string word) => ByWord.GetValueOrDefault(word);

    /// <summary>Every kind hinted at by <paramref name="words"/>.</summary>
    public static IReadOnlySet<string> In(IEnumerable<string> words) =>
        words.Select(KindOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> hints at a kind.</summary>
    public static bool IsHint(string word) => ByWord.ContainsKey(word);
}
