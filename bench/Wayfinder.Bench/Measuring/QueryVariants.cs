using Wayfinder.Bench.Generation;

namespace Wayfinder.Bench.Measuring;

/// <summary>The ways people type a name they half remember: spaced, CamelCase, with a typo, or just its start.</summary>
internal static class QueryVariants
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary><c>payments api</c> from <c>payments-api</c>.</summary>
    public static string Spaced(string name) => string.Join(' ', NameStyle.Words(name));

    /// <summary><c>Payments Api</c> from <c>payments-api</c>.</summary>
    public static string TitleSpaced(string name) => string.Join(' ', NameStyle.Words(name).Select(NameStyle.Capitalize));

    /// <summary><c>PaymentsApi</c> from <c>payments-api</c>.</summary>
    public static string Camel(string name) => NameStyle.Camel(name);

    /// <summary>The first ~60% of the name (at least 3 characters), without a trailing separator.</summary>
    public static string Prefix(string name) =>
        name[..Math.Min(name.Length, Math.Max(3, (int)Math.Ceiling(name.Length * 0.6)))].TrimEnd('-', '_', '.');

    /// <summary>
    /// The name with one edit (two when it has 8+ letters, half the time): a letter substituted, dropped, doubled
    /// or swapped with its neighbour. The first character is kept, as in most real typos.
    /// </summary>
    public static string Typo(Random random, string name)
    {
        var letters = name.Count(char.IsLetter);
        var edits = letters >= 8 && random.Chance(0.5) ? 2 : 1;
        var text = name;
        for (var i = 0; i < edits; i++)
        {
            text = Edit(random, text);
        }

        return text;
    }

    private static string Edit(Random random, string text)
    {
        var positions = Enumerable.Range(1, text.Length - 1).Where(i => char.IsLetter(text[i])).ToList();
        if (positions.Count == 0)
        {
            return text;
        }

        var at = random.Pick(positions);
        return random.Next(4) switch
        {
            0 => text[..at] + OtherLetter(random, text[at]) + text[(at + 1)..],
            1 => text.Remove(at, 1),
            2 => text.Insert(at, Letters[random.Next(Letters.Length)].ToString()),
            _ => at + 1 < text.Length && char.IsLetter(text[at + 1]) && text[at + 1] != text[at]
                ? text[..at] + text[at + 1] + text[at] + text[(at + 2)..]
                : text.Remove(at, 1),
        };
    }

    private static char OtherLetter(Random random, char current)
    {
        var next = Letters[random.Next(Letters.Length)];
        return char.ToLowerInvariant(current) == next ? Letters[(Letters.IndexOf(next, StringComparison.Ordinal) + 1) % Letters.Length] : next;
    }
}
