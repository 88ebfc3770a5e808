using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Asking;

/// <summary>Two users called guest (namespaces default and development) in Backstage's example catalog.</summary>
public sealed class NamespaceQuestionTests(BackstageExampleCatalog catalog) : IClassFixture<BackstageExampleCatalog>
{
    [Fact]
    public void AnswerAsync_SameNameInTwoNamespaces_BothAsAlternatives()
    {
        var answer = catalog.Ask("which team is guest on");

        Assert.Null(answer.Subject);
        Assert.Equal(["user:default/guest", "user:development/guest"], answer.Alternatives);
    }

    [Theory]
    [InlineData("which team is the guest user in the development namespace on")]
    [InlineData("which team does the guest in development belong to")]
    [InlineData("which team is development/guest on")]
    public void AnswerAsync_NamespaceNamed_ThatNamespacesEntity(string question)
    {
        Assert.Equal("user:development/guest", catalog.Ask(question).Subject);
    }

    [Fact]
    public void AnswerAsync_LocationSharesTheGroupsName_TheGroup()
    {
        Assert.Equal("group:default/acme-corp", catalog.Ask("tell me about acme corp").Subject);
    }
}
