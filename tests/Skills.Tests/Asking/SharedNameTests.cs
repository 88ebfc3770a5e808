using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Asking;

/// <summary>Who owns a name that two entities with different owners share: that is a real question back, never a guess.</summary>
public sealed class SharedNameTests(SharedNameCatalog catalog) : IClassFixture<SharedNameCatalog>
{
    [Fact]
    public void AnswerAsync_SharedNameWithDifferentOwners_AsksWhichOne()
    {
        var answer = catalog.Ask("who owns ledger");

        Assert.Null(answer.Subject);
        Assert.Equal(["component:default/ledger", "api:default/ledger"], answer.Alternatives);
        Assert.Contains("Which one?", answer.Text, StringComparison.Ordinal);
    }
}
