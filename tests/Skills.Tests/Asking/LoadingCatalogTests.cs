using Microsoft.Extensions.Logging.Abstractions;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Tests.Asking;

/// <summary>A question asked before the first catalog is loaded is told so, not "I don't know".</summary>
public sealed class LoadingCatalogTests
{
    [Fact]
    public async Task AnswerAsync_FirstLoadNotFinished_SaysTheCatalogIsLoading()
    {
        var answerer = new QuestionAnswerer(new LoadingCatalog(), [], NullLogger<QuestionAnswerer>.Instance);

        var answer = await answerer.AnswerAsync(new Question("who owns artist-lookup"), CancellationToken.None);

        Assert.Equal(Intents.Unknown, answer.Intent);
        Assert.Contains("still loading", answer.Text, StringComparison.Ordinal);
    }

    /// <summary>An <see cref="ICatalog"/> whose first load never finishes.</summary>
    private sealed class LoadingCatalog : ICatalog
    {
        public CatalogSnapshot Snapshot => CatalogSnapshot.Empty;

        public CatalogStatus Status => CatalogStatus.Initial;

        public SearchResult Search(string text, int limit = 10) => new([], CatalogSnapshot.Empty);

        public IReadOnlyList<SimilarName> FindSimilarNames(string phrase, int limit = 10) => [];

        public IReadOnlyList<PageHit> SearchPages(string text, IReadOnlyCollection<EntityRef>? within = null, int limit = 5) => [];

        public Task<CatalogStatus> ReloadAsync(CancellationToken cancellationToken) => Task.FromResult(Status);
    }
}
