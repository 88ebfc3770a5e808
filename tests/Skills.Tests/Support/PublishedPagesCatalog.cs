using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Skills.Tests.Support;

/// <summary>
/// A real catalog whose page hits carry GitHub addresses (<see cref="Url"/>, <see cref="EditUrl"/>, <see cref="Commit"/>),
/// as pages read from a repository do; everything else is the real catalog's.
/// </summary>
internal sealed class PublishedPagesCatalog(ICatalog real) : ICatalog
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";
    public const string Url = "https://github.com/acme/payments/blob/" + Commit + "/";
    public const string EditUrl = "https://github.com/acme/payments/edit/main/";

    public CatalogSnapshot Snapshot => real.Snapshot;

    public CatalogStatus Status => real.Status;

    public SearchResult Search(string text, int limit = 10) => real.Search(text, limit);

    public IReadOnlyList<SimilarName> FindSimilarNames(string phrase, int limit = 10) => real.FindSimilarNames(phrase, limit);

    public IReadOnlyList<PageHit> SearchPages(string text, IReadOnlyCollection<EntityRef>? within = null, int limit = 5) =>
        real.SearchPages(text, within, limit)
            .Select(hit => hit with { Page = hit.Page with { Url = Url + hit.Page.Path, EditUrl = EditUrl + hit.Page.Path, Commit = Commit } })
            .ToList();

    public Task<CatalogStatus> ReloadAsync(CancellationToken cancellationToken) => real.ReloadAsync(cancellationToken);
}
