using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;

namespace Wayfinder.Catalog.Tests.Pages;

public sealed class PageIndexTests : IDisposable
{
    private static readonly EntityRef Payments = new("component", "default", "payments");
    private static readonly EntityRef Orders = new("component", "default", "orders");
    private readonly PageIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_Deploy_FindsDeployingToProductionByStem()
    {
        Publish(Page(Payments, "docs/deploy.md", "# Release\n\n## Deploying to production\n\nMerge to main, then promote the build.\n\n## Local setup\n\nRun make.\n"));

        var hit = _index.Search("how do I deploy payments", null, 5)[0];

        Assert.Equal("Deploying to production", hit.Section.Heading);
        Assert.Equal("docs/deploy.md", hit.Page.Path);
    }

    [Fact]
    public void Search_Within_OnlyPagesOfThoseEntities()
    {
        Publish(
            Page(Payments, "docs/deploy.md", "# Deploy payments\n\nPromote the build.\n"),
            Page(Orders, "docs/deploy.md", "# Deploy orders\n\nPromote the build.\n"));

        var hits = _index.Search("deploy", [Orders], 5);

        var hit = Assert.Single(hits);
        Assert.Equal([Orders], hit.Page.Entities);
    }

    [Fact]
    public void Search_WithinNothing_NoHits()
    {
        Publish(Page(Payments, "docs/deploy.md", "# Deploy payments\n\nPromote the build.\n"));

        Assert.Empty(_index.Search("deploy", [], 5));
    }

    [Fact]
    public void Search_WordInHeadingAndInBody_HeadingFirst()
    {
        Publish(Page(Payments, "README.md",
            "# Payments\n\n## Overview\n\nThe rollback steps are described below, along with other things worth knowing about this service.\n\n## Rollback\n\nRevert the release tag.\n"));

        var hits = _index.Search("rollback", null, 5);

        Assert.Equal(["Rollback", "Overview"], hits.Select(h => h.Section.Heading));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_LongSection_SnippetAroundMatchedWordWithoutMarkup()
    {
        var filler = string.Concat(Enumerable.Repeat("Nothing of interest is said in this sentence at all. ", 12));
        Publish(Page(Payments, "docs/runbook.md", $"# Runbook\n\n## Incidents\n\n{filler}When the acquirer times out, fail over to the backup acquirer. {filler}\n"));

        var hit = Assert.Single(_index.Search("acquirer timeout", null, 5));

        Assert.Contains("acquirer", hit.Snippet, StringComparison.Ordinal);
        Assert.InRange(hit.Snippet.Length, 20, 260);
        Assert.DoesNotContain("<", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_SecondBuild_ReplacesPages()
    {
        Publish(Page(Payments, "docs/deploy.md", "# Deploy\n\nUse the old pipeline.\n"));
        Publish(Page(Payments, "docs/release.md", "# Release\n\nUse the new pipeline.\n"));

        var hit = Assert.Single(_index.Search("pipeline", null, 5));

        Assert.Equal("docs/release.md", hit.Page.Path);
    }

    [Fact]
    public void Discard_StagedPages_LastPublishedStillSearched()
    {
        Publish(Page(Payments, "docs/deploy.md", "# Deploy\n\nUse the old pipeline.\n"));
        _index.Stage([Page(Payments, "docs/release.md", "# Release\n\nUse the new pipeline.\n")], CancellationToken.None);

        _index.Discard();

        var hit = Assert.Single(_index.Search("pipeline", null, 5));
        Assert.Equal("docs/deploy.md", hit.Page.Path);
    }

    [Fact]
    public void Search_Words_CountsWordsTheSectionHas()
    {
        Publish(Page(Payments, "docs/runbook.md", "# Runbook\n\n## Acquirer timeouts\n\nFail over to the backup acquirer.\n"));

        var hit = _index.Search("what about acquirer timeouts and invoices", null, 5)[0];

        Assert.Equal((2, 3), (hit.MatchedWords, hit.SearchedWords));
        Assert.False(hit.MatchesAllOfSeveralWords);
        Assert.True(_index.Search("acquirer timeout", null, 5)[0].MatchesAllOfSeveralWords);
    }

    [Fact]
    public void Search_OnlyStopWords_NoHits()
    {
        Publish(Page(Payments, "docs/deploy.md", "# Deploy\n\nHow do I do it?\n"));

        Assert.Empty(_index.Search("how do I", null, 5));
    }

    private void Publish(params DocPage[] pages)
    {
        _index.Stage(pages, CancellationToken.None);
        _index.Publish();
    }

    private static DocPage Page(EntityRef entity, string path, string markdown) =>
        DocPageReader.Read(new DocPageSource(path, markdown, path, null, null, null, [entity]));
}
