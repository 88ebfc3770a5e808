using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;

namespace Wayfinder.Catalog.Querying;

/// <summary>
/// The catalog as the rest of Wayfinder sees it: the current snapshot for exact questions, ranked search, and
/// reloading. Implementations swap versions atomically; a failed reload keeps the last good version.
/// </summary>
public interface ICatalog
{
    /// <summary>The current version. Take it once per question.</summary>
    CatalogSnapshot Snapshot { get; }

    /// <summary>How the last load went.</summary>
    CatalogStatus Status { get; }

    /// <summary>Ranked search over names, titles, aliases, descriptions and more; the text may carry filters such as <c>kind:api</c>.</summary>
    SearchResult Search(string text, int limit = 10);

    /// <summary>
    /// Entities whose name, title, alias, display name or email is one or two typos away from <paramref name="phrase"/>
    /// (one for names up to 7 letters, two for longer ones), nearest first. Exact spellings are for
    /// <see cref="CatalogSnapshot.FindByAnyName"/>; this is for when that finds nothing.
    /// </summary>
    IReadOnlyList<SimilarName> FindSimilarNames(string phrase, int limit = 10);

    /// <summary>
    /// Sections of documentation pages matching <paramref name="text"/> (words stemmed, so "deploy" finds "Deploying"),
    /// best first, each with a plain-text snippet around the matched words; <paramref name="within"/>, when given, keeps
    /// only pages documenting one of those entities.
    /// </summary>
    IReadOnlyList<PageHit> SearchPages(string text, IReadOnlyCollection<EntityRef>? within = null, int limit = 5);

    /// <summary>Loads every source again and, unless the load failed outright, publishes the result.</summary>
    Task<CatalogStatus> ReloadAsync(CancellationToken cancellationToken);
}
