using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.SkillAnswers;

/// <summary>The owner answer when the repository's CODEOWNERS names someone else, and where its facts can be edited.</summary>
public sealed class CodeOwnersAnswerTests(CodeOwnersCatalog catalog) : IClassFixture<CodeOwnersCatalog>
{
    [Fact]
    public void Owner_CodeOwnersDisagree_SaysBothOwners()
    {
        var answer = catalog.Ask("who owns search-service");

        Assert.Equal(Intents.Owner, answer.Intent);
        Assert.Contains("catalog: team-a; CODEOWNERS: @acme/team-b", answer.Text, StringComparison.Ordinal);
        Assert.Contains(new AnswerFact("CODEOWNERS", "@acme/team-b"), answer.Facts);
    }

    [Fact]
    public void Owner_EntityWithEditUrl_SourceCarriesTheEditLinkAndCommit()
    {
        var answer = catalog.Ask("who owns search-service");

        var source = answer.Sources[0];
        Assert.Equal("https://github.com/acme/search/edit/main/catalog-info.yaml", source.EditUrl);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", source.Commit);
        Assert.Contains("(edit: https://github.com/acme/search/edit/main/catalog-info.yaml)", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }
}
