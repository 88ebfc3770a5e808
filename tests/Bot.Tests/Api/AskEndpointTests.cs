using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Api;

/// <summary><c>GET /api/ask</c> and <c>POST /api/ask</c> on the real bot over loopback, with Backstage's example catalog.</summary>
public sealed class AskEndpointTests(FixtureCatalogBot fixture) : IClassFixture<FixtureCatalogBot>
{
    private HttpClient Client => fixture.Bot.Client;

    [Fact]
    public async Task Ask_Get_ReturnsTheAnswerContract()
    {
        var answer = await GetAnswerAsync("who owns artist-lookup?");

        Assert.Equal("owner", answer.GetProperty("intent").GetString());
        Assert.Equal("component:default/artist-lookup", answer.GetProperty("subject").GetString());
        Assert.Equal("group:default/team-a", answer.GetProperty("refs")[1].GetString());
        Assert.Equal(0, answer.GetProperty("alternatives").GetArrayLength());
        Assert.Contains("team-a", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("artist-lookup-component.yaml", answer.GetProperty("sources")[0].GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Post_SameAnswerAsGet()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "docs for petstore" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("subject").ValueKind);
        var alternatives = answer.GetProperty("alternatives").EnumerateArray().Select(a => a.GetString()!).ToArray();
        Assert.Equal(["component:default/petstore", "api:default/petstore"], alternatives);
    }

    [Theory]
    [InlineData("/api/ask")]
    [InlineData("/api/ask?q=%20%20")]
    public async Task Ask_GetWithoutQuestion_Returns400ProblemDetails(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        await AssertProblemAsync(response, "Missing question");
    }

    [Fact]
    public async Task Ask_QuestionOver2000Characters_Returns400()
    {
        using var get = await Client.GetAsync(new Uri("/api/ask?q=" + new string('a', 2001), UriKind.Relative));
        using var post = await Client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = new string('a', 2001) });

        await AssertProblemAsync(get, "Question too long");
        await AssertProblemAsync(post, "Question too long");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"question\": null}")]
    [InlineData("{\"question\": \"\"}")]
    public async Task Ask_PostWithoutQuestion_Returns400ProblemDetails(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/ask", UriKind.Relative), content);

        await AssertProblemAsync(response, "Missing question");
    }

    [Theory]
    [InlineData("{\"question\": ")]
    [InlineData("not json")]
    [InlineData("{\"question\": 42}")]
    public async Task Ask_PostMalformedJson_Returns400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/ask", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("owner:* AND (")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE entities; --")]
    [InlineData("<@U123> who owns ~\"")]
    [InlineData("🙂 مرحبا")]
    public async Task Ask_HostileQuestion_PoliteAnswer(string question)
    {
        var answer = await GetAnswerAsync(question);

        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("text").GetString()));
    }

    private async Task<JsonElement> GetAnswerAsync(string question)
    {
        using var response = await Client.GetAsync(new Uri("/api/ask?q=" + Uri.EscapeDataString(question), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string title)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }
}
