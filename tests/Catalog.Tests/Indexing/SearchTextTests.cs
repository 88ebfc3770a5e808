using Wayfinder.Catalog.Indexing;

namespace Wayfinder.Catalog.Tests.Indexing;

public sealed class SearchTextTests
{
    [Fact]
    public void Parse_FiltersAndWords_SplitsThem()
    {
        var search = SearchText.Parse("kind:API owner:team-c pets  tag:Java");

        Assert.Equal("pets", search.FreeText);
        Assert.Equal([("kind", "api"), ("owner", "group:default/team-c"), ("tag", "java")], search.Filters);
    }

    [Theory]
    [InlineData("owner:user:jo", "owner", "user:default/jo")]
    [InlineData("owner:payments/team-a", "owner", "group:payments/team-a")]
    [InlineData("system:checkout", "system", "system:default/checkout")]
    [InlineData("namespace:Development", "namespace", "development")]
    [InlineData("type:Service", "type", "service")]
    [InlineData("lifecycle:production", "lifecycle", "production")]
    [InlineData("KIND:component", "kind", "component")]
    public void Parse_Filter_NormalizedValue(string text, string field, string value)
    {
        var search = SearchText.Parse(text);

        Assert.Equal("", search.FreeText);
        Assert.Equal([(field, value)], search.Filters);
    }

    [Theory]
    [InlineData("colour:red")]
    [InlineData("owner:")]
    [InlineData("owner:::")]
    [InlineData("https://example.com")]
    public void Parse_NotAFilter_KeptAsFreeText(string text)
    {
        var search = SearchText.Parse(text);

        Assert.Equal(text, search.FreeText);
        Assert.Empty(search.Filters);
    }

    [Fact]
    public void Parse_TextLongerThanLimit_ReadsOnlyTheLimit()
    {
        var search = SearchText.Parse(new string('a', SearchText.MaxLength) + " kind:api");

        Assert.Equal(SearchText.MaxLength, search.FreeText.Length);
        Assert.Empty(search.Filters);
    }
}
