using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;

namespace Wayfinder.Catalog.Tests.Pages;

public sealed class DocPageReaderTests
{
    private static readonly EntityRef Payments = new("component", "default", "payments");

    [Fact]
    public void Read_FirstHeadingLevelOne_IsTitle()
    {
        var page = Read("docs/deploy.md", "Intro text.\n\n# Deploying payments\n\nRun the pipeline.\n");

        Assert.Equal("Deploying payments", page.Title);
    }

    [Fact]
    public void Read_NoTopHeading_TitleIsFileName()
    {
        var page = Read("docs/troubleshooting.md", "## Timeouts\n\nCheck the acquirer.\n");

        Assert.Equal("troubleshooting", page.Title);
    }

    [Fact]
    public void Read_Headings_SectionsWithGitHubAnchorsAndPlainText()
    {
        var page = Read("README.md", "Lead paragraph with **bold** text.\n\n## Deploying to production\n\nUse `pp-deploy` and [Argo CD](https://argo.example.com).\n\n### Roll back\n\nRevert the tag.\n");

        Assert.Collection(page.Sections,
            s => Assert.Equal(("README", "", "Lead paragraph with bold text."), (s.Heading, s.Anchor, s.Text)),
            s => Assert.Equal(("Deploying to production", "deploying-to-production", "Use pp-deploy and Argo CD."), (s.Heading, s.Anchor, s.Text)),
            s => Assert.Equal(("Roll back", "roll-back", "Revert the tag."), (s.Heading, s.Anchor, s.Text)));
    }

    [Fact]
    public void Read_FrontMatterAndHeadings_EachSectionKnowsItsLine()
    {
        var page = Read("docs/deploy.md", "---\ntitle: Deploy\n---\n\nIntro text.\n\n## Deploying\n\nSteps.\n\n## Rolling back\nRevert.\n");

        Assert.Equal([(5, "deploy"), (7, "Deploying"), (11, "Rolling back")], page.Sections.Select(s => (s.Line, s.Heading)));
    }

    [Fact]
    public void Read_FrontMatter_Skipped()
    {
        var page = Read("docs/deploy.md", "---\ntitle: ignored\nowner: team-a\n---\n# Deploy\n\nSteps.\n");

        var section = Assert.Single(page.Sections);
        Assert.Equal("Deploy", page.Title);
        Assert.DoesNotContain("owner", section.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageLongerThanLimit_TextCut()
    {
        var words = string.Concat(Enumerable.Repeat("deploy the service. ", DocPageReader.MaxPageCharacters / 10));
        var page = Read("docs/long.md", "# Long\n\n" + words + "\n\n## Never reached\n\nhidden\n");

        Assert.DoesNotContain(page.Sections, s => s.Heading == "Never reached");
        Assert.True(page.Sections.Sum(s => s.Text.Length) <= DocPageReader.MaxPageCharacters);
    }

    [Fact]
    public void Read_Source_CarriedToPage()
    {
        var page = DocPageReader.Read(new DocPageSource("docs/deploy.md", "# Deploy\n", "github.com/acme/payments/docs/deploy.md",
            "https://github.com/acme/payments/blob/abc/docs/deploy.md", "https://github.com/acme/payments/edit/main/docs/deploy.md", "abc", [Payments]));

        Assert.Equal(("docs/deploy.md", "github.com/acme/payments/docs/deploy.md", "abc"), (page.Path, page.Location, page.Commit));
        Assert.Equal([Payments], page.Entities);
    }

    private static DocPage Read(string path, string markdown) =>
        DocPageReader.Read(new DocPageSource(path, markdown, path, null, null, null, [Payments]));
}
