namespace Wayfinder.Bench.Generation;

/// <summary>What the generator wrote.</summary>
/// <param name="Entities">Entities written.</param>
/// <param name="Files">Descriptor files written.</param>
/// <param name="Bytes">Total size of the files.</param>
/// <param name="CountsByKind">Entities per kind, e.g. <c>Component</c>.</param>
internal sealed record GenerationSummary(int Entities, int Files, long Bytes, IReadOnlyDictionary<string, int> CountsByKind);
