using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Loading;

/// <summary>Keeps the first definition of each entity ref (case-insensitive) and warns about later ones.</summary>
internal sealed class EntityCollector(List<CatalogProblem> problems)
{
    private readonly Dictionary<EntityRef, Entity> _byRef = [];

    public List<Entity> Entities { get; } = [];

    public void Add(Entity entity)
    {
        if (_byRef.TryGetValue(entity.Ref, out var winner))
        {
            problems.Add(new CatalogProblem(ProblemSeverity.Warning, entity.Source,
                $"duplicate entity {entity.Ref}: the definition at {winner.Source} wins; this one is ignored"));
            return;
        }

        _byRef.Add(entity.Ref, entity);
        Entities.Add(entity);
    }
}
