using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Tests.Validation;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("artist-lookup")]
    [InlineData("Artist.Lookup_2")]
    [InlineData("breanna.davison")]
    [InlineData("a--b")]
    [InlineData("123")]
    public void IsValidObjectName_BackstageNames_ReturnsTrue(string name) =>
        Assert.True(NameRules.IsValidObjectName(name));

    [Theory]
    [InlineData("")]
    [InlineData("invalid component")]
    [InlineData("-lead")]
    [InlineData("trail-")]
    [InlineData("_lead")]
    [InlineData("trail.")]
    [InlineData("a/b")]
    [InlineData("a:b")]
    [InlineData("café")]
    public void IsValidObjectName_BrokenNames_ReturnsFalse(string name) =>
        Assert.False(NameRules.IsValidObjectName(name));

    [Fact]
    public void IsValidObjectName_LongerThan63_ReturnsFalse()
    {
        Assert.True(NameRules.IsValidObjectName(new string('a', 63)));
        Assert.False(NameRules.IsValidObjectName(new string('a', 64)));
    }

    [Theory]
    [InlineData("default", true)]
    [InlineData("alternative", true)]
    [InlineData("team-a-1", true)]
    [InlineData("a--b", true)]
    [InlineData("Development", false)]
    [InlineData("team_a", false)]
    [InlineData("team.a", false)]
    [InlineData("-team", false)]
    [InlineData("team-", false)]
    [InlineData("", false)]
    public void IsValidNamespace_DnsLabelRule_Applies(string value, bool valid) =>
        Assert.Equal(valid, NameRules.IsValidNamespace(value));

    [Fact]
    public void IsValidNamespace_LongerThan63_ReturnsFalse()
    {
        Assert.True(NameRules.IsValidNamespace(new string('n', 63)));
        Assert.False(NameRules.IsValidNamespace(new string('n', 64)));
    }

    [Theory]
    [InlineData("Component", true)]
    [InlineData("API", true)]
    [InlineData("AiResource", true)]
    [InlineData("MyKind2", true)]
    [InlineData("2Kind", false)]
    [InlineData("My-Kind", false)]
    [InlineData("My Kind", false)]
    [InlineData("", false)]
    public void IsValidKind_LetterThenLettersOrDigits_Applies(string value, bool valid) =>
        Assert.Equal(valid, NameRules.IsValidKind(value));

    [Fact]
    public void IsValidKind_LongerThan63_ReturnsFalse()
    {
        Assert.True(NameRules.IsValidKind("K" + new string('k', 62)));
        Assert.False(NameRules.IsValidKind("K" + new string('k', 63)));
    }

    [Theory]
    [InlineData("backstage.io/v1alpha1", true)]
    [InlineData("scaffolder.backstage.io/v1beta3", true)]
    [InlineData("v1", true)]
    [InlineData("example.com/v2", true)]
    [InlineData("backstage.io/v1-alpha1", false)]
    [InlineData("backstage.io/", false)]
    [InlineData("/v1", false)]
    [InlineData("Backstage.IO/v1alpha1", false)]
    [InlineData("a/b/c", false)]
    [InlineData("backstage_io/v1", false)]
    public void IsValidApiVersion_PrefixAndAlphanumericToken_Applies(string value, bool valid) =>
        Assert.Equal(valid, NameRules.IsValidApiVersion(value));

    [Theory]
    [InlineData("category", true)]
    [InlineData("goVersion", true)]
    [InlineData("example.com/team", true)]
    [InlineData("backstage.io/techdocs-ref", true)]
    [InlineData("wayfinder.dev/aliases", true)]
    [InlineData("Example.com/team", false)]
    [InlineData("example_com/team", false)]
    [InlineData("a/b/c", false)]
    [InlineData("example.com/", false)]
    [InlineData("/team", false)]
    [InlineData("team name", false)]
    [InlineData("-team", false)]
    public void IsValidLabelKey_OptionalDnsPrefixThenName_Applies(string value, bool valid) =>
        Assert.Equal(valid, NameRules.IsValidLabelKey(value));

    [Fact]
    public void IsValidLabelKey_PrefixLongerThan253_ReturnsFalse()
    {
        var prefix = string.Join('.', Enumerable.Repeat(new string('p', 63), 4)); // 255 characters
        Assert.False(NameRules.IsValidLabelKey(prefix + "/name"));
        Assert.True(NameRules.IsValidLabelKey(prefix[..251] + "/name"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("music", true)]
    [InlineData("go1.15.3", true)]
    [InlineData("go 1.15.3", false)]
    [InlineData("a/b", false)]
    [InlineData("-x", false)]
    public void IsValidLabelValue_EmptyOrName_Applies(string value, bool valid) =>
        Assert.Equal(valid, NameRules.IsValidLabelValue(value));

    [Theory]
    [InlineData("backstage.io/source-location", true)]
    [InlineData("pagerduty.com/service-id", true)]
    [InlineData("github.com/project-slug", true)]
    [InlineData("Backstage.io/x", false)]
    [InlineData("backstage.io/x y", false)]
    [InlineData("a/b/c", false)]
    public void IsValidAnnotationKey_LabelKeyRule_Applies(string value, bool valid) =>
        Assert.Equal(valid, NameRules.IsValidAnnotationKey(value));

    [Theory]
    [InlineData("java", true)]
    [InlineData("go", true)]
    [InlineData("c++", true)]
    [InlineData("c#", true)]
    [InlineData("k8s:prod", true)]
    [InlineData("design-system", true)]
    [InlineData("go 1.15.3", false)]
    [InlineData("Java", false)]
    [InlineData("snake_case", false)]
    [InlineData("v1.2", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-lead", false)]
    [InlineData("", false)]
    public void IsValidTag_LowerCaseRunsJoinedBySingleHyphens_Applies(string value, bool valid) =>
        Assert.Equal(valid, NameRules.IsValidTag(value));

    [Fact]
    public void IsValidTag_LongerThan63_ReturnsFalse()
    {
        Assert.True(NameRules.IsValidTag(new string('t', 63)));
        Assert.False(NameRules.IsValidTag(new string('t', 64)));
    }
}
