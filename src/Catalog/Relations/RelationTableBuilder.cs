using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Relations;

/// <summary>Collects relations in declaration order and packs them into a <see cref="RelationTable"/>.</summary>
internal sealed class RelationTableBuilder
{
    /// <summary>Runs longer than this are de-duplicated with a set; shorter ones by scanning.</summary>
    private const int ScanLimit = 16;

    private readonly Dictionary<EntityRef, int> _slots;
    private readonly List<EntityRef> _refs;

    // Each relation as one long: source slot (high 32 bits), type (5 bits), target slot (27 bits).
    private readonly List<long> _relations;
    private readonly int _entityCount;

    public RelationTableBuilder(IReadOnlyList<Entity> entities)
    {
        _slots = new Dictionary<EntityRef, int>(entities.Count);
        _refs = new List<EntityRef>(entities.Count);
        _relations = new List<long>(entities.Count * 8);
        foreach (var entity in entities)
        {
            if (_slots.TryAdd(entity.Ref, _refs.Count))
            {
                _refs.Add(entity.Ref);
            }
        }

        _entityCount = _refs.Count;
    }

    /// <summary>The slot of <paramref name="entityRef"/>, adding one for a ref no entity has.</summary>
    public int SlotOf(EntityRef entityRef, out bool isEntity)
    {
        if (!_slots.TryGetValue(entityRef, out var slot))
        {
            slot = _refs.Count;
            _slots.Add(entityRef, slot);
            _refs.Add(entityRef);
        }

        isEntity = slot < _entityCount;
        return slot;
    }

    public void Add(int from, string type, int to) =>
        _relations.Add(((long)from << 32) | ((long)RelationTypes.IndexOf(type) << 27) | (uint)to);

    public RelationTable Build()
    {
        // A stable counting sort by source slot keeps each run in declaration order.
        var starts = new int[_refs.Count + 1];
        foreach (var relation in _relations)
        {
            starts[(int)(relation >> 32) + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var sorted = new int[_relations.Count];
        var next = starts[..^1];
        foreach (var relation in _relations)
        {
            sorted[next[(int)(relation >> 32)]++] = (int)(relation & 0xFFFFFFFF);
        }

        return Distinct(sorted, starts);
    }

    /// <summary>Drops repeats (a link declared on both ends) from each run, keeping first occurrences.</summary>
    private RelationTable Distinct(int[] sorted, int[] starts)
    {
        var kept = 0;
        var seen = new HashSet<int>();
        for (var slot = 0; slot < _refs.Count; slot++)
        {
            var (start, end) = (starts[slot], starts[slot + 1]);
            starts[slot] = kept;
            seen.Clear();
            for (var i = start; i < end; i++)
            {
                var isNew = end - start > ScanLimit
                    ? seen.Add(sorted[i])
                    : Array.IndexOf(sorted, sorted[i], starts[slot], kept - starts[slot]) < 0;
                if (isNew)
                {
                    sorted[kept++] = sorted[i];
                }
            }
        }

        starts[^1] = kept;
        var targets = new int[kept];
        var types = new byte[kept];
        for (var i = 0; i < kept; i++)
        {
            (targets[i], types[i]) = (sorted[i] & 0x7FFFFFF, (byte)(sorted[i] >> 27));
        }

        return new RelationTable(_slots, [.. _refs], starts, targets, types);
    }
}
