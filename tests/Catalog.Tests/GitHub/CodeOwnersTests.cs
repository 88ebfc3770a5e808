using Wayfinder.Catalog.GitHub;

namespace Wayfinder.Catalog.Tests.GitHub;

public sealed class CodeOwnersTests
{
    [Fact]
    public void RootOwners_CommentsAndBlankLines_AreIgnored()
    {
        var text = "# Owners of everything\n\n*   @acme/team-a   # the platform team\n  # * @acme/team-z\n";

        Assert.Equal(["@acme/team-a"], CodeOwners.RootOwners(text));
    }

    [Fact]
    public void RootOwners_SeveralRootRules_LastMatchWins()
    {
        var text = "* @acme/team-a\n/docs/ @acme/writers\n* @acme/team-b @jane\n*.js @acme/frontend\n";

        Assert.Equal(["@acme/team-b", "@jane"], CodeOwners.RootOwners(text));
    }

    [Theory]
    [InlineData("* @acme/team-a")]
    [InlineData("/ @acme/team-a")]
    [InlineData("/* @acme/team-a")]
    [InlineData("** @acme/team-a")]
    [InlineData("/** @acme/team-a")]
    public void RootOwners_RootPattern_MatchesTheRepository(string rule)
    {
        Assert.Equal(["@acme/team-a"], CodeOwners.RootOwners(rule + "\r\n"));
    }

    [Fact]
    public void RootOwners_OnlyFolderAndExtensionRules_IsEmpty()
    {
        Assert.Empty(CodeOwners.RootOwners("/src/ @acme/team-a\n*.md @acme/writers\ndocs/* @jane\n"));
    }

    [Fact]
    public void RootOwners_EmailOwners_AreIgnored()
    {
        Assert.Equal(["@acme/team-a"], CodeOwners.RootOwners("* jane@example.com @acme/team-a ops@example.com\n"));
    }

    [Fact]
    public void RootOwners_LastRootRuleWithoutOwners_IsEmpty()
    {
        Assert.Empty(CodeOwners.RootOwners("* @acme/team-a\n*\n"));
    }

    [Fact]
    public void RootOwners_EscapedHash_IsNotAComment()
    {
        Assert.Equal(["@acme/team-a"], CodeOwners.RootOwners("\\#notes.md @acme/writers\n* @acme/team-a\n"));
    }

    [Theory]
    [InlineData("@acme/Team-B", "group:team-b")]
    [InlineData("@Jane", "user:jane")]
    public void ToEntityRef_Owner_GroupForTeamsUserForPeople(string owner, string expected)
    {
        Assert.Equal(expected, CodeOwners.ToEntityRef(owner));
    }
}
