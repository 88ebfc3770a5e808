using System.Runtime.InteropServices;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Querying;

/// <summary>Exact lookups by spelling-insensitive name keys (see <see cref="NameKey"/>); dictionary reads, no index search.</summary>
/// <remarks>
/// Lists are collected while building, then each key keeps an exact-size array: nearly every key has one entity,
/// and a list per key (with room for four) was 9 MB at 100,000 entities.
/// </remarks>
internal sealed class NameTable
{
    private readonly Dictionary<string, Entity[]> _byName;
    private readonly Dictionary<string, NameMatch[]> _byOtherName;

    public NameTable(IEnumerable<Entity> entities)
    {
        var byName = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        var byOtherName = new Dictionary<string, List<NameMatch>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            AddTo(byName, NameKey.Of(entity.Metadata.Name), entity);
            AddOther(byOtherName, entity.Metadata.Title, entity, NameMatchSource.Title);
            foreach (var alias in entity.Aliases)
            {
                AddOther(byOtherName, alias, entity, NameMatchSource.Alias);
            }

            AddOther(byOtherName, entity.Profile.DisplayName, entity, NameMatchSource.DisplayName);
            AddOther(byOtherName, entity.Profile.Email, entity, NameMatchSource.Email);
        }

        _byName = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byOtherName = byOtherName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Entity> FindByName(string text, string? kind)
    {
        var (refKind, refNamespace, name) = Split(text.Trim());
        kind = (kind ?? refKind)?.ToLowerInvariant();
        var candidates = _byName.GetValueOrDefault(NameKey.Of(name));
        if (candidates is null)
        {
            return [];
        }

        return candidates
            .Where(e => (kind is null || e.Ref.Kind == kind) && (refNamespace is null || e.Ref.Namespace == refNamespace))
            .ToList();
    }

    public IReadOnlyList<NameMatch> FindByAnyName(string phrase)
    {
        var key = NameKey.Of(phrase);
        var byName = _byName.GetValueOrDefault(key)?.Select(e => new NameMatch(e, NameMatchSource.Name)) ?? [];
        var byOther = _byOtherName.GetValueOrDefault(key) ?? [];
        return byName.Concat(byOther.OrderBy(m => m.Source)).DistinctBy(m => m.Entity.Ref).ToList();
    }

    private static void AddOther(Dictionary<string, List<NameMatch>> map, string? text, Entity entity, NameMatchSource source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var key = NameKey.Of(text);
        if (key.Length > 0)
        {
            AddTo(map, key, new NameMatch(entity, source));
        }
    }

    private static void AddTo<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        ref var items = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        (items ??= new List<T>(1)).Add(item);
    }

    /// <summary>Splits <c>[kind:][namespace/]name</c> the way entity refs are parsed, with every part optional.</summary>
    private static (string? Kind, string? Namespace, string Name) Split(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        string? kind = null;
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            kind = text[..colon];
            text = text[(colon + 1)..];
        }

        slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (kind, text[..slash].ToLowerInvariant(), text[(slash + 1)..]) : (kind, null, text);
    }
}
