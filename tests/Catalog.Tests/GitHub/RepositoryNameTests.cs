using Wayfinder.Catalog.GitHub;

namespace Wayfinder.Catalog.Tests.GitHub;

public sealed class RepositoryNameTests
{
    [Theory]
    [InlineData("payments-api", "payments-api")]
    [InlineData(".github", "github")]
    [InlineData("my repo+tools", "my-repo-tools")]
    [InlineData("___", "repository")]
    public void ToEntityName_RepositoryName_FollowsEntityNameRules(string repository, string expected)
    {
        Assert.Equal(expected, RepositoryName.ToEntityName(repository));
    }

    [Fact]
    public void ToEntityName_LongName_IsCutTo63Characters()
    {
        Assert.Equal(new string('a', 62), RepositoryName.ToEntityName(new string('a', 62) + "-" + new string('b', 10)));
    }
}
