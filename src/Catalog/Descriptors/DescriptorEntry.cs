namespace Wayfinder.Catalog.Descriptors;

/// <summary>One key/value pair of a <see cref="DescriptorMap"/>.</summary>
public readonly record struct DescriptorEntry(DescriptorScalar Key, DescriptorNode Value);
