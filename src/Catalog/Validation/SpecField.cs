namespace Wayfinder.Catalog.Validation;

/// <summary>One field of a kind's spec and whether it must be there.</summary>
internal sealed record SpecField(string Name, FieldShape Shape, bool Required);
