using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wayfinder.Catalog.GitHub;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Catalog.Tests.GitHub;

/// <summary>The <c>GitHub</c> section as <c>AddCatalog()</c> binds and validates it.</summary>
public sealed class GitHubOptionsTests
{
    [Fact]
    public void Value_NothingConfigured_DefaultsAndOff()
    {
        using var provider = CatalogServices.Create(_ => { });

        var options = provider.GetRequiredService<IOptions<GitHubOptions>>().Value;

        Assert.False(options.Enabled);
        Assert.Equal(("https://api.github.com/", "catalog-info.yaml", 4, false, false),
            (options.ApiBaseUrl.ToString(), options.DescriptorPath, options.MaxConcurrency, options.IncludeArchived, options.IncludeForks));
    }

    [Theory]
    [InlineData("ftp://ghe.example.com/api/v3/", "catalog-info.yaml", 4, "ApiBaseUrl")]
    [InlineData("https://ghe.example.com/api/v3/", "../catalog-info.yaml", 4, "DescriptorPath")]
    [InlineData("https://ghe.example.com/api/v3/", "catalog-info.yaml", 0, "MaxConcurrency")]
    public void Value_InvalidSetting_FailsValidationNamingIt(string apiBaseUrl, string descriptorPath, int maxConcurrency, string setting)
    {
        using var provider = CatalogServices.Create(_ => { }, gitHub: o =>
        {
            o.Organizations = ["acme"];
            o.ApiBaseUrl = new Uri(apiBaseUrl);
            o.DescriptorPath = descriptorPath;
            o.MaxConcurrency = maxConcurrency;
            o.Token = "test-token";
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GitHubOptions>>().Value);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_OrganizationWithoutToken_FailsValidationNamingTheToken()
    {
        using var provider = CatalogServices.Create(_ => { }, gitHub: o => o.Organizations = ["acme"]);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GitHubOptions>>().Value);

        Assert.Contains("GitHub:Token is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.github.com/", null, "https://api.github.com/graphql")]
    [InlineData("https://ghe.example.com/api/v3/", null, "https://ghe.example.com/api/graphql")]
    [InlineData("https://ghe.example.com/api/v3", null, "https://ghe.example.com/api/graphql")]
    [InlineData("http://127.0.0.1:5000/", null, "http://127.0.0.1:5000/graphql")]
    [InlineData("https://ghe.example.com/api/v3/", "https://gateway.example.com/github/graphql", "https://gateway.example.com/github/graphql")]
    public void EffectiveGraphQLUrl_ApiBaseUrl_TheGraphQlEndpointThatGoesWithIt(string apiBaseUrl, string? graphQlUrl, string expected)
    {
        var options = new GitHubOptions { ApiBaseUrl = new Uri(apiBaseUrl), GraphQLUrl = graphQlUrl is null ? null : new Uri(graphQlUrl) };

        Assert.Equal(expected, options.EffectiveGraphQLUrl.ToString());
    }
}
