using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Search;

/// <summary>General questions that match a documentation section strongly mention it.</summary>
public sealed class SearchSkillPageTests
{
    [Fact]
    public async Task Answer_EveryWordInOneSection_MentionsThatSection()
    {
        using var catalog = new LocalDocPagesCatalog();
        await catalog.InitializeAsync();

        var answer = catalog.Ask("acquirer timeouts");

        Assert.Equal(Intents.Search, answer.Intent);
        Assert.Contains("Documentation: docs/troubleshooting.md of payments, section “Acquirer timeouts”: Check the acquirer status page", answer.Text, StringComparison.Ordinal);
        Assert.Contains("component:default/payments", answer.Refs);
        Assert.Contains(answer.Sources, s => s.Path.EndsWith("docs/troubleshooting.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_OnlySomeWordsInPages_NoPageMentioned()
    {
        using var catalog = new LocalDocPagesCatalog();
        await catalog.InitializeAsync();

        var answer = catalog.Ask("acquirer invoices");

        Assert.DoesNotContain("Documentation:", answer.Text, StringComparison.Ordinal);
    }
}
