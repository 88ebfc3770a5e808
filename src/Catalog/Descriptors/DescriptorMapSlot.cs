namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// One entry of a <see cref="DescriptorMap"/> as it is kept: the key's text and position rather than a key node.
/// A catalog keeps about six spec keys per entity, and a node per key was 32 bytes and one more object each.
/// </summary>
/// <param name="Key">The key's text.</param>
/// <param name="Value">The value node.</param>
/// <param name="Line">1-based line of the key.</param>
/// <param name="SignedColumn">1-based column of the key, negative when the key was quoted.</param>
internal readonly record struct DescriptorMapSlot(string Key, DescriptorNode Value, int Line, int SignedColumn)
{
    /// <summary>The slot of a key node and its value.</summary>
    public static DescriptorMapSlot Of(DescriptorScalar key, DescriptorNode value) =>
        new(key.Value, value, key.Line, key.IsPlain ? key.Column : -Math.Max(key.Column, 1));

    /// <summary>The key as a node, made afresh.</summary>
    public DescriptorScalar KeyNode() => new(Key, isPlain: SignedColumn >= 0, Line, Math.Abs(SignedColumn));
}
