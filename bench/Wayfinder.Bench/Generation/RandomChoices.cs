namespace Wayfinder.Bench.Generation;

/// <summary>The few random choices the generator makes, all from one seeded <see cref="Random"/> so output is deterministic.</summary>
internal static class RandomChoices
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Up to <paramref name="count"/> distinct items (fewer when the list is shorter).</summary>
    public static List<T> PickDistinct<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var picked = new List<T>(count);
        for (var attempt = 0; picked.Count < Math.Min(count, items.Count) && attempt < count * 4; attempt++)
        {
            var item = random.Pick(items);
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return picked;
    }

    /// <summary>Prefers <paramref name="preferred"/> with the given probability when it has items, else <paramref name="all"/>.</summary>
    public static T PickPreferring<T>(this Random random, IReadOnlyList<T> preferred, IReadOnlyList<T> all, double probability) =>
        preferred.Count > 0 && random.Chance(probability) ? random.Pick(preferred) : random.Pick(all);
}
