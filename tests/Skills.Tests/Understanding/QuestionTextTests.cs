using Wayfinder.Skills.Understanding;

namespace Wayfinder.Skills.Tests.Understanding;

/// <summary>Chat markup and unreadable characters removed before parsing.</summary>
public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("<@U0BOT> who owns payments-api?", "who owns payments-api?")]
    [InlineData("<@U0BOT|wayfinder>   who owns\tpayments-api", "who owns payments-api")]
    [InlineData("<at>Wayfinder</at> who owns x", "who owns x")]
    [InlineData("docs for <https://example.com/x|the x service>", "docs for the x service")]
    [InlineData("who is <mailto:jane@example.com|jane@example.com>", "who is jane@example.com")]
    [InlineData("who is <mailto:jane@example.com>", "who is jane@example.com")]
    [InlineData("who owns team\u2019s \u201Cthing\u201D", "who owns team's \"thing\"")]
    [InlineData("who\u200B owns\u202E x\u0007", "who owns x")]
    [InlineData("   ", "")]
    public void Clean_ChatText_PlainWords(string raw, string expected)
    {
        Assert.Equal(expected, QuestionText.Clean(raw));
    }

    [Fact]
    public void Clean_VeryLongText_CutToTheParsedLength()
    {
        var clean = QuestionText.Clean("who owns " + new string('x', 10_000));

        Assert.True(clean.Length <= QuestionText.MaxParsedLength);
        Assert.StartsWith("who owns x", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Echo_LongPhrase_ShortenedWithEllipsis()
    {
        var echo = QuestionText.Echo(new string('a', 200));

        Assert.Equal(80, echo.Length);
        Assert.EndsWith("...", echo, StringComparison.Ordinal);
    }
}
