using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Relations;

/// <summary>
/// Every relation of a snapshot, stored compactly: each entity (and each missing entity that is referred to) has a
/// slot, and its relations are a run of (type, target slot) pairs in declaration order, without repeats.
/// </summary>
/// <remarks>
/// A catalog of 100,000 entities has about 700,000 relations. As arrays of <see cref="EntityRelation"/> per entity
/// they took 30 MB and their building was the load's memory peak; here they take 5 bytes each, and
/// <see cref="EntityRelation"/> values are made only when asked for.
/// </remarks>
internal sealed class RelationTable
{
    private readonly Dictionary<EntityRef, int> _slots;
    private readonly EntityRef[] _refs;
    private readonly int[] _starts;
    private readonly int[] _targets;
    private readonly byte[] _types;

    /// <param name="slots">The slot of each ref: the entities' own first, in order, then missing targets.</param>
    /// <param name="refs">The ref of each slot.</param>
    /// <param name="starts">Where each slot's run starts in <paramref name="targets"/>; one more entry than slots.</param>
    /// <param name="targets">Target slot of each relation.</param>
    /// <param name="types">Type of each relation, an index into <see cref="RelationTypes.All"/>.</param>
    public RelationTable(Dictionary<EntityRef, int> slots, EntityRef[] refs, int[] starts, int[] targets, byte[] types)
    {
        (_slots, _refs, _starts, _targets, _types) = (slots, refs, starts, targets, types);
    }

    /// <summary>No entities, no relations.</summary>
    public static RelationTable Empty { get; } = new([], [], [0], [], []);

    /// <summary>The slot of <paramref name="entityRef"/>: below the entity count for entities of the catalog.</summary>
    public bool TryGetSlot(EntityRef entityRef, out int slot) => _slots.TryGetValue(entityRef, out slot);

    /// <summary>The relations from <paramref name="entityRef"/>, optionally of one type, in declaration order.</summary>
    public IReadOnlyList<EntityRelation> Of(EntityRef entityRef, string? type)
    {
        if (!_slots.TryGetValue(entityRef, out var slot))
        {
            return [];
        }

        var (start, end) = (_starts[slot], _starts[slot + 1]);
        var wanted = type is null ? -1 : RelationTypes.IndexOf(type);
        if (type is not null && wanted < 0)
        {
            return [];
        }

        var count = wanted < 0 ? end - start : _types.AsSpan(start, end - start).Count((byte)wanted);
        var result = new EntityRelation[count];
        var next = 0;
        for (var i = start; i < end && next < count; i++)
        {
            if (wanted < 0 || _types[i] == wanted)
            {
                result[next++] = new EntityRelation(RelationTypes.All[_types[i]], _refs[_targets[i]]);
            }
        }

        return result;
    }
}
