using Wayfinder.Catalog.Indexing;

namespace Wayfinder.Catalog.Tests.Indexing;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("ledger", "ledger", 0)]
    [InlineData("ledger", "ledgr", 1)]
    [InlineData("ledger", "ledgeer", 1)]
    [InlineData("ledger", "ledgar", 1)]
    [InlineData("ledger", "legder", 1)]
    [InlineData("paymentsapi", "paymenstaip", 2)]
    [InlineData("", "ab", 2)]
    public void Bounded_WithinBound_ExactDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, 2));
        Assert.Equal(expected, EditDistance.Bounded(b, a, 2));
    }

    [Theory]
    [InlineData("ledger", "lg", 2)]
    [InlineData("payments", "shipping", 2)]
    [InlineData("abcdef", "badcfe", 2)]
    [InlineData("ledger", "ledgerrrr", 1)]
    public void Bounded_BeyondBound_ReturnsBoundPlusOne(string a, string b, int max)
    {
        Assert.Equal(max + 1, EditDistance.Bounded(a, b, max));
    }
}
