namespace Wayfinder.Catalog.Descriptors;

/// <summary>A document or stream that could not be read, and where.</summary>
public sealed record DescriptorReadError(int Line, int Column, string Message);
