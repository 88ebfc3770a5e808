using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Docs;

/// <summary>Docs answers from documentation pages: the matching section first, then the other pages.</summary>
public sealed class DocsSkillTests
{
    [Fact]
    public async Task Answer_HowToDeploy_DeploySectionWithSnippetAndOtherPages()
    {
        using var catalog = new LocalDocPagesCatalog();
        await catalog.InitializeAsync();

        var answer = catalog.Ask("how do I deploy payments");

        Assert.Equal(Intents.Docs, answer.Intent);
        Assert.StartsWith("payments's docs/deploy.md, section “Deploying to production”: Merge to main", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Other pages: README.md “Payments”, docs/troubleshooting.md “Troubleshooting”.", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("No documentation", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Path.EndsWith("docs/deploy.md", StringComparison.Ordinal) && s.Commit is null);
    }

    [Fact]
    public async Task Answer_PublishedPage_LinkToAnchorEditLinkAndCommitSource()
    {
        using var catalog = new PublishedDocPagesCatalog();
        await catalog.InitializeAsync();

        var answer = catalog.Ask("how do I deploy payments");

        var page = PublishedPagesCatalog.Url + "docs/deploy.md";
        Assert.Contains(new AnswerLink("Release guide: Deploying to production", page + "#deploying-to-production", "docs"), answer.Links);
        Assert.Contains(new AnswerLink("Edit this page", PublishedPagesCatalog.EditUrl + "docs/deploy.md", "edit"), answer.Links);
        Assert.Contains(answer.Sources, s => s.Path.EndsWith("docs/deploy.md", StringComparison.Ordinal)
            && s.Commit == PublishedPagesCatalog.Commit && s.EditUrl == PublishedPagesCatalog.EditUrl + "docs/deploy.md");
    }

    [Fact]
    public async Task Answer_WordInPageTitle_PageLeadSection()
    {
        using var catalog = new LocalDocPagesCatalog();
        await catalog.InitializeAsync();

        var answer = catalog.Ask("how do I release payments");

        Assert.StartsWith("payments's docs/deploy.md, section “Release guide”: Releases are cut from main by CI.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_NoSectionMatches_ListsPages()
    {
        using var catalog = new LocalDocPagesCatalog();
        await catalog.InitializeAsync();

        var answer = catalog.Ask("how do I authenticate with payments");

        Assert.StartsWith("payments has 3 documentation pages:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_DocsForSubject_ListsPagesReadmeFirst()
    {
        using var catalog = new LocalDocPagesCatalog();
        await catalog.InitializeAsync();

        var answer = catalog.Ask("docs for payments");

        Assert.Equal(Intents.Docs, answer.Intent);
        Assert.StartsWith("payments has 3 documentation pages: README.md “Payments”, docs/deploy.md “Release guide”, docs/troubleshooting.md “Troubleshooting”.", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Path.EndsWith("README.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_SubjectWithoutPages_NoDocumentationAndOwner()
    {
        using var catalog = new LocalDocPagesCatalog();
        await catalog.InitializeAsync();

        var answer = catalog.Ask("how do I deploy orders");

        Assert.Equal(Intents.Docs, answer.Intent);
        Assert.Contains("No documentation is listed for orders", answer.Text, StringComparison.Ordinal);
        Assert.Contains("group:default/team-a", answer.Refs);
        Assert.Empty(answer.Links);
    }
}
