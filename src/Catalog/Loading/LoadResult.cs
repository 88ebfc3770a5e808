using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Loading;

/// <summary>What a load produced: the valid entities (first definition of each ref wins) and every problem.</summary>
public sealed record LoadResult(IReadOnlyList<Entity> Entities, IReadOnlyList<CatalogProblem> Problems, int FilesRead)
{
    /// <summary>Documentation pages read with the entities (READMEs and <c>docs/*.md</c>), in load order.</summary>
    public IReadOnlyList<DocPage> Pages { get; init; } = [];
}
