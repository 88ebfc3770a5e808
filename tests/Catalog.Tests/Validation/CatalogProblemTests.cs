using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Tests.Validation;

public sealed class CatalogProblemTests
{
    [Fact]
    public void ToString_Error_PathLineColumnSeverityMessage()
    {
        var problem = new CatalogProblem(ProblemSeverity.Error, new SourcePosition("components/a.yaml", 4, 9), "metadata.name is invalid");

        Assert.Equal("components/a.yaml:4:9: error: metadata.name is invalid", problem.ToString());
    }

    [Fact]
    public void ToString_Warning_SaysWarning()
    {
        var problem = new CatalogProblem(ProblemSeverity.Warning, new SourcePosition("a.yaml", 1, 1), "unknown kind");

        Assert.Equal("a.yaml:1:1: warning: unknown kind", problem.ToString());
    }
}
