using Wayfinder.Catalog.GitHub;

namespace Wayfinder.Catalog.Tests.GitHub;

public sealed class RepositoryPathTests
{
    [Theory]
    [InlineData("catalog-info.yaml", "./docs/api.yaml", "docs/api.yaml")]
    [InlineData("services/a/catalog-info.yaml", "../b/catalog-info.yaml", "services/b/catalog-info.yaml")]
    [InlineData("services/a/catalog-info.yaml", "/root.yaml", "root.yaml")]
    public void Resolve_RelativeTarget_ResolvesAgainstTheFolderOfTheFile(string from, string target, string expected)
    {
        Assert.Equal(expected, RepositoryPath.Resolve(from, target));
    }

    [Theory]
    [InlineData("catalog-info.yaml", "../other-repo/catalog-info.yaml")]
    [InlineData("catalog-info.yaml", ".")]
    public void Resolve_OutsideTheRepositoryOrNoFile_IsNull(string from, string target)
    {
        Assert.Null(RepositoryPath.Resolve(from, target));
    }
}
