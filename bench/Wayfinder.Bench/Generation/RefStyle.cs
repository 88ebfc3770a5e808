namespace Wayfinder.Bench.Generation;

/// <summary>Writes entity refs in the forms people use: bare names where the field's default kind fits, otherwise <c>kind:name</c> or <c>kind:default/name</c>.</summary>
internal static class RefStyle
{
    /// <summary>A ref to <paramref name="name"/> of <paramref name="kind"/> for a field whose default kind is <paramref name="defaultKind"/> (<c>null</c>: none).</summary>
    public static string Write(Random random, string kind, string name, string? defaultKind)
    {
        var lowerKind = kind.ToLowerInvariant();
        var roll = random.NextDouble();
        if (lowerKind == defaultKind && roll < 0.6)
        {
            return name;
        }

        return roll < 0.85 ? $"{lowerKind}:{name}" : $"{lowerKind}:default/{name}";
    }
}
