using Wayfinder.Catalog.Entities;

namespace Wayfinder.Bench.Measuring;

/// <summary>One query and the entity it was made from (the one a good answer puts first).</summary>
internal sealed record Probe(string Text, Entity Intended);
