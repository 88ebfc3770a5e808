using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Querying;

/// <summary>Exact lookups by spelling-insensitive name keys (see <see cref="NameKey"/>); dictionary reads, no index search.</summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, List<Entity>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameMatch>> _byOtherName = new(StringComparer.Ordinal);

    public NameTable(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            AddTo(_byName, NameKey.Of(entity.Metadata.Name), entity);
            AddOther(entity.Metadata.Title, entity, NameMatchSource.Title);
            foreach (var alias in entity.Aliases)
            {
                AddOther(alias, entity, NameMatchSource.Alias);
            }

            AddOther(entity.Profile.DisplayName, entity, NameMatchSource.DisplayName);
            AddOther(entity.Profile.Email, entity, NameMatchSource.Email);
        }
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

    private void AddOther(string? text, Entity entity, NameMatchSource source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return;
        }

        if (!_byOtherName.TryGetValue(key, out var list))
        {
            list = [];
            _byOtherName.Add(key, list);
        }

        list.Add(new NameMatch(entity, source));
    }

    private static void AddTo(Dictionary<string, List<Entity>> map, string key, Entity entity)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        list.Add(entity);
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
