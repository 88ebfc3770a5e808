using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>An <see cref="ICatalog"/> whose status a test sets directly.</summary>
internal sealed class FakeCatalog(CatalogStatus status) : ICatalog
{
    public CatalogSnapshot Snapshot => CatalogSnapshot.Empty;

    public CatalogStatus Status { get; set; } = status;

    public SearchResult Search(string text, int limit = 10) => new([], CatalogSnapshot.Empty);

    public IReadOnlyList<SimilarName> FindSimilarNames(string phrase, int limit = 10) => [];

    public IReadOnlyList<PageHit> SearchPages(string text, IReadOnlyCollection<EntityRef>? within = null, int limit = 5) => [];

    public Task<CatalogStatus> ReloadAsync(CancellationToken cancellationToken) => Task.FromResult(Status);
}
