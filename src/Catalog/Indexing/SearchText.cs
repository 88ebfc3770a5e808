using System.Text.RegularExpressions;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Indexing;

/// <summary>
/// A search split into free text and filters: <c>kind:</c>, <c>namespace:</c>, <c>owner:</c>, <c>system:</c>,
/// <c>tag:</c>, <c>type:</c>, <c>lifecycle:</c> (e.g. <c>kind:api owner:team-c pets</c>). Anything else is free text.
/// </summary>
internal sealed partial record SearchText(string FreeText, IReadOnlyList<(string Field, string Value)> Filters)
{
    /// <summary>
    /// Longest search text read; the rest is ignored. Far above any question, and it keeps a pasted wall of words
    /// under Lucene's limit of 1,024 clauses per query (which throws) and the fuzzy terms cheap.
    /// </summary>
    public const int MaxLength = 500;

    public static SearchText Parse(string text)
    {
        text = text.Length > MaxLength ? text[..MaxLength] : text;
        var filters = new List<(string, string)>();
        var free = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = FilterPattern().Match(word);
            if (match.Success && Normalize(match.Groups[1].Value.ToLowerInvariant(), match.Groups[2].Value) is { } filter)
            {
                filters.Add(filter);
            }
            else
            {
                free.Add(word);
            }
        }

        return new SearchText(string.Join(' ', free), filters);
    }

    private static (string, string)? Normalize(string field, string value) => field switch
    {
        "owner" => Ref(IndexFields.Owner, value, KnownKinds.Group),
        "system" => Ref(IndexFields.System, value, KnownKinds.System),
        "kind" => (IndexFields.Kind, value.ToLowerInvariant()),
        "namespace" => (IndexFields.Namespace, value.ToLowerInvariant()),
        "tag" => (IndexFields.Tag, value.ToLowerInvariant()),
        "type" => (IndexFields.Type, value.ToLowerInvariant()),
        "lifecycle" => (IndexFields.Lifecycle, value.ToLowerInvariant()),
        _ => null,
    };

    private static (string, string)? Ref(string field, string value, string defaultKind) =>
        EntityRef.TryParse(value, defaultKind, EntityRef.DefaultNamespace, out var parsed, out _) ? (field, parsed.ToString()) : null;

    [GeneratedRegex("^(kind|namespace|owner|system|tag|type|lifecycle):(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FilterPattern();
}
