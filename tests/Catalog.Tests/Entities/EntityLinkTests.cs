using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Tests.Entities;

public sealed class EntityLinkTests
{
    [Theory]
    [InlineData("runbook", null, null)]
    [InlineData("Runbook", "Dashboards", "dashboard")]
    [InlineData(null, "Payments Runbook", null)]
    [InlineData(null, "On-call", "runbook")]
    public void IsRunbook_TypeThenTitleThenIcon_SaysRunbook(string? type, string? title, string? icon)
    {
        Assert.True(new EntityLink("https://example.com", title, icon, type).IsRunbook);
    }

    [Fact]
    public void IsRunbook_OtherTypeWithRunbookTitle_TypeWins()
    {
        var link = new EntityLink("https://example.com", "Runbook dashboard", null, "dashboard");

        Assert.False(link.IsRunbook);
        Assert.True(link.IsDashboard);
    }

    [Theory]
    [InlineData("docs", null)]
    [InlineData("documentation", null)]
    [InlineData(null, "API documentation")]
    public void IsDocs_DocsOrDocumentation_SaysDocs(string? type, string? title)
    {
        Assert.True(new EntityLink("https://example.com", title, null, type).IsDocs);
    }

    [Fact]
    public void Flags_PlainLink_None()
    {
        var link = new EntityLink("https://github.com/org/repo", "GitHub Repo", "github", null);

        Assert.False(link.IsRunbook || link.IsDocs || link.IsDashboard);
    }
}
