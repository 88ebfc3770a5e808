using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Api;

public sealed class SearchEndpointTests(FixtureCatalogBot fixture) : IClassFixture<FixtureCatalogBot>
{
    private HttpClient Client => fixture.Bot.Client;

    [Fact]
    public async Task Search_SpacedName_ReturnsEntityFirstWithOwnerAndScore()
    {
        var hits = await GetHitsAsync("/api/search?q=artist%20lookup");

        var first = hits[0];
        Assert.Equal("component:default/artist-lookup", first.GetProperty("ref").GetString());
        Assert.Equal("Component", first.GetProperty("kind").GetString());
        Assert.Equal("artist-lookup", first.GetProperty("title").GetString());
        Assert.Equal("group:default/team-a", first.GetProperty("owner").GetString());
        Assert.True(first.GetProperty("score").GetSingle() > hits[1].GetProperty("score").GetSingle());
    }

    [Fact]
    public async Task Search_NameOfComponentAndApi_ReturnsBoth()
    {
        var hits = await GetHitsAsync("/api/search?q=petstore&limit=2");

        var refs = hits.Select(h => h.GetProperty("ref").GetString()!).Order().ToArray();
        Assert.Equal(["api:default/petstore", "component:default/petstore"], refs);
    }

    [Fact]
    public async Task Search_KindFilter_ReturnsOnlyThatKind()
    {
        var hits = await GetHitsAsync("/api/search?q=kind:api%20wayback");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("API", h.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Search_Limit_CapsHits()
    {
        var hits = await GetHitsAsync("/api/search?q=team&limit=3");

        Assert.Equal(3, hits.Count);
    }

    [Fact]
    public async Task Search_NothingMatches_ReturnsEmptyList()
    {
        var hits = await GetHitsAsync("/api/search?q=zzqqxxyy");

        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("/api/search", "Missing query")]
    [InlineData("/api/search?q=%20", "Missing query")]
    [InlineData("/api/search?q=pets&limit=0", "Bad limit")]
    [InlineData("/api/search?q=pets&limit=51", "Bad limit")]
    public async Task Search_BadParameters_Returns400ProblemDetails(string url, string title)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Search_OversizedQuery_Returns400WithoutSearching()
    {
        using var response = await Client.GetAsync(new Uri("/api/search?q=" + new string('a', 501), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Query too long", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("*")]
    [InlineData("owner:")]
    [InlineData("\\")]
    [InlineData("(((")]
    public async Task Search_LuceneSyntaxInQuery_AnswersWithoutError(string query)
    {
        using var response = await Client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, hits.ValueKind);
    }

    private async Task<List<JsonElement>> GetHitsAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.EnumerateArray()];
    }
}
