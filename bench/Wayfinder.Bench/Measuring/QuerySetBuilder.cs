using Wayfinder.Bench.Generation;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bench.Measuring;

/// <summary>Samples existing entities (uniformly over all kinds, deterministically from a seed) and turns their names into queries.</summary>
internal sealed class QuerySetBuilder(IReadOnlyList<Entity> entities, int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Exact names, as a chat user would paste them.</summary>
    public QuerySet Exact(string name, int count) => Build(name, count, e => e.Metadata.Name);

    /// <summary>Names typed with spaces and capitals, e.g. "Payments Api".</summary>
    public QuerySet TitleSpaced(string name, int count) => Build(name, count, e => QueryVariants.TitleSpaced(e.Metadata.Name));

    /// <summary>The five search styles: exact, spaced, CamelCase, 1–2-character typos and prefixes.</summary>
    public IReadOnlyList<QuerySet> SearchSets(int perSet) =>
    [
        Build("exact", perSet, e => e.Metadata.Name),
        Build("spaced", perSet, e => QueryVariants.Spaced(e.Metadata.Name)),
        Build("camel", perSet, e => QueryVariants.Camel(e.Metadata.Name)),
        Build("typo", perSet, e => QueryVariants.Typo(_random, e.Metadata.Name), minKeyLength: 5),
        Build("prefix", perSet, e => QueryVariants.Prefix(e.Metadata.Name), minKeyLength: 5),
    ];

    private QuerySet Build(string name, int count, Func<Entity, string> text, int minKeyLength = 1)
    {
        var probes = new List<Probe>(count);
        while (probes.Count < count)
        {
            var entity = _random.Pick(entities);
            if (NameKey.Of(entity.Metadata.Name).Length >= minKeyLength)
            {
                probes.Add(new Probe(text(entity), entity));
            }
        }

        return new QuerySet(name, probes);
    }
}
