using Lucene.Net.Analysis.TokenAttributes;
using Wayfinder.Catalog.Indexing;

namespace Wayfinder.Catalog.Tests.Indexing;

public sealed class CatalogAnalyzerTests
{
    [Theory]
    [InlineData("payments-api")]
    [InlineData("PaymentsApi")]
    [InlineData("payments_api")]
    [InlineData("Payments.API")]
    public void Tokens_NameSpellings_GiveThePartsAndTheJoinedForm(string text)
    {
        var tokens = Tokens(text);

        Assert.Contains("payments", tokens);
        Assert.Contains("api", tokens);
        Assert.Contains("paymentsapi", tokens);
    }

    [Fact]
    public void Tokens_SeparateWords_GiveEachWord()
    {
        Assert.Equal(["payments", "api"], Tokens("payments api"));
    }

    [Fact]
    public void Tokens_Accents_FoldedToAscii()
    {
        Assert.Equal(["zoe", "muller"], Tokens("Zoë Müller"));
    }

    private static List<string> Tokens(string text)
    {
        using var analyzer = new CatalogAnalyzer();
        using var stream = analyzer.GetTokenStream(IndexFields.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
