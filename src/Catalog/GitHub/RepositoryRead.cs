using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;

namespace Wayfinder.Catalog.GitHub;

/// <summary>What one repository gave the catalog: its entities and its documentation pages.</summary>
internal sealed record RepositoryRead(IReadOnlyList<Entity> Entities, IReadOnlyList<DocPage> Pages)
{
    public static RepositoryRead None { get; } = new([], []);
}
