using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Asking;

/// <summary>An email names exactly one person, even when another's differs only by punctuation.</summary>
public sealed class EmailQuestionTests(CollidingEmailsCatalog catalog) : IClassFixture<CollidingEmailsCatalog>
{
    [Theory]
    [InlineData("which team is kenneth.ali@acme.example on", "user:default/kenneth.ali")]
    [InlineData("who is Kenneth.A.Li@acme.example", "user:default/kenneth.a.li")]
    public void AnswerAsync_EmailOfOneOfTwoLookalikes_ThatPerson(string question, string expected)
    {
        Assert.Equal(expected, catalog.Ask(question).Subject);
    }
}
