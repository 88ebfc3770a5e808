using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.EntityReading;

namespace Wayfinder.Catalog.Tests.Validation;

/// <summary>metadata.links: a list of maps with a url.</summary>
public sealed class LinkReaderTests
{
    [Fact]
    public void Read_LinkWithoutUrl_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  links:\n    - title: Dashboard\n      icon: dashboard"));

        Assert.Null(entity);
        AssertError(problems, "a link needs a url", 6, 7);
    }

    [Fact]
    public void Read_LinkNotAMap_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  links:\n    - https://example.com"));

        Assert.Null(entity);
        AssertError(problems, "a link must be a map with a url, not text", 6, 7);
    }

    [Fact]
    public void Read_Links_KeptInOrderWithTheirFields()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: """
              links:
                - url: https://runbooks.example.com/payments
                  title: Payments runbook
                  icon: help
                  type: runbook
                - url: https://grafana.example.com/d/payments?from=now-1h&to=now
            """));

        Assert.Empty(problems);
        Assert.Equal(
            [
                new EntityLink("https://runbooks.example.com/payments", "Payments runbook", "help", "runbook"),
                new EntityLink("https://grafana.example.com/d/payments?from=now-1h&to=now", null, null, null),
            ],
            entity!.Metadata.Links);
    }

    [Fact]
    public void Read_LinkTitleNotText_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  links:\n    - url: https://example.com\n      title: [a, b]"));

        Assert.Null(entity);
        AssertError(problems, "link title must be text, not list", 7, 14);
    }

    [Fact]
    public void Read_LinksNotAList_ReportsError()
    {
        var (entity, problems) = Read(ComponentWith("c", metadata: "  links: https://example.com"));

        Assert.Null(entity);
        AssertError(problems, "metadata.links must be a list, not text", 5, 10);
    }
}
