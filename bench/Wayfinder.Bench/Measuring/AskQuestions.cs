using Wayfinder.Bench.Generation;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bench.Measuring;

/// <summary>
/// Chat questions about sampled entities, the way people type them: several intents, names exact, spaced, CamelCase
/// or with a typo, with words around them. Deterministic from the seed.
/// </summary>
internal sealed class AskQuestions(IReadOnlyList<Entity> entities, int seed)
{
    private static readonly Func<string, string>[] Templates =
    [
        n => $"who owns {n}",
        n => $"hey bot, who owns the {n} service please?",
        n => $"runbook for {n}",
        n => $"{n} is down, what do I do?",
        n => $"who is on call for {n}",
        n => $"docs for {n}",
        n => $"what does {n} depend on",
        n => $"what depends on {n}",
        n => $"tell me about {n}",
        n => $"{n} owner?",
    ];

    private readonly Random _random = new(seed);

    public QuerySet Build(string name, int count)
    {
        var probes = new List<Probe>(count);
        while (probes.Count < count)
        {
            var entity = _random.Pick(entities);
            if (entity.Ref.Kind is KnownKinds.Location || NameKey.Of(entity.Metadata.Name).Length < 5)
            {
                continue;
            }

            var spelled = (probes.Count % 4) switch
            {
                0 => entity.Metadata.Name,
                1 => QueryVariants.Spaced(entity.Metadata.Name),
                2 => QueryVariants.Camel(entity.Metadata.Name),
                _ => QueryVariants.Typo(_random, entity.Metadata.Name),
            };
            probes.Add(new Probe(Templates[probes.Count % Templates.Length](spelled), entity));
        }

        return new QuerySet(name, probes);
    }
}
