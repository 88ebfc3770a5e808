namespace Wayfinder.Bench.Generation;

/// <summary>One value under <c>spec</c> of a generated descriptor: text, a list of text, a flat map, or a literal block.</summary>
internal abstract record SpecValue
{
    /// <summary>A scalar, e.g. <c>type: service</c>.</summary>
    public sealed record Text(string Value) : SpecValue;

    /// <summary>A list of scalars (written <c>[]</c> when empty), e.g. <c>dependsOn</c>.</summary>
    public sealed record Items(IReadOnlyList<string> Values) : SpecValue;

    /// <summary>A flat map of scalars, e.g. <c>profile</c>.</summary>
    public sealed record Fields(IReadOnlyList<KeyValuePair<string, string>> Values) : SpecValue;

    /// <summary>A literal block (<c>|</c>), e.g. an API <c>definition</c>.</summary>
    public sealed record Block(string Value) : SpecValue;
}
