using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Tests.Querying;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("payments-api")]
    [InlineData("PaymentsApi")]
    [InlineData("payments_api")]
    [InlineData("payments api")]
    [InlineData("Payments.API")]
    public void Of_SpellingsOfOneName_ShareTheKey(string text) => Assert.Equal("paymentsapi", NameKey.Of(text));

    [Fact]
    public void Of_Accents_FoldedToAscii()
    {
        Assert.Equal("cafe", NameKey.Of("Café"));
        Assert.Equal("zoemuller", NameKey.Of("Zoë Müller"));
        Assert.Equal("strasse", NameKey.Of("Straße"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-_. /")]
    public void Of_NoLettersOrDigits_Empty(string text) => Assert.Equal("", NameKey.Of(text));

    [Theory]
    [InlineData("paymentsapi")]
    [InlineData("abc123")]
    public void Of_TextAlreadyAKey_ReturnsTheSameText(string text) => Assert.Same(text, NameKey.Of(text));

    [Fact]
    public void Of_LongAsciiText_KeepsEveryLetterAndDigit()
    {
        var text = string.Concat(Enumerable.Repeat("Ab-1_", 100));

        Assert.Equal(string.Concat(Enumerable.Repeat("ab1", 100)), NameKey.Of(text));
    }
}
