using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Tests.Entities;

public sealed class EntityRefTests
{
    [Theory]
    [InlineData("team-a", "group", "default", "group:default/team-a")]
    [InlineData("team-a", "group", "alternative", "group:alternative/team-a")]
    [InlineData("default/team-a", "group", "alternative", "group:default/team-a")]
    [InlineData("user:guest", "group", "default", "user:default/guest")]
    [InlineData("user:development/guest", "group", "default", "user:development/guest")]
    [InlineData("Group:Default/Team-A", "group", "default", "group:default/team-a")]
    [InlineData("  team-a  ", "group", "default", "group:default/team-a")]
    [InlineData("resource:artists-db", null, "default", "resource:default/artists-db")]
    public void TryParse_ValidReference_GivesCanonicalRef(string text, string? defaultKind, string defaultNamespace, string expected)
    {
        Assert.True(EntityRef.TryParse(text, defaultKind, defaultNamespace, out var result, out var error), error);
        Assert.Equal(expected, result.ToString());
    }

    [Fact]
    public void TryParse_ColonAfterSlash_IsPartOfTheNameNotAKind()
    {
        // The text before ':' is the kind only when that ':' comes before any '/'.
        Assert.False(EntityRef.TryParse("ns/kind:name", "group", "default", out _, out var error));
        Assert.Contains("is not of the form [kind:][namespace/]name", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NoKindAndNoDefault_AsksForAKind()
    {
        Assert.False(EntityRef.TryParse("artists-db", null, "default", out _, out var error));
        Assert.Equal("entity reference 'artists-db' needs a kind (e.g. 'resource:artists-db')", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("group:")]
    [InlineData(":team-a")]
    [InlineData("default/")]
    [InlineData("/team-a")]
    [InlineData("group:/team-a")]
    public void TryParse_EmptyPart_Fails(string? text)
    {
        Assert.False(EntityRef.TryParse(text, "group", "default", out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void TryParse_TooManySlashes_Fails()
    {
        Assert.False(EntityRef.TryParse("a/b/c", "group", "default", out _, out var error));
        Assert.Contains("'a/b/c'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IgnoresCaseOfTheWrittenParts()
    {
        Assert.Equal(new EntityRef("Component", "Default", "Artist-Lookup"), EntityRef.Parse("component:default/artist-lookup"));
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => EntityRef.Parse("group:"));
    }
}
