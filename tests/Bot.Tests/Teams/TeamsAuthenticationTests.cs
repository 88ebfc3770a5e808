using System.Net;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Teams;

/// <summary>With an app id configured, <c>/api/messages</c> takes only requests with a valid Bot Framework token.</summary>
public sealed class TeamsAuthenticationTests : IAsyncLifetime, IDisposable
{
    private readonly FakeConnector _connector = new();
    private BotProcess? _bot;

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync(RepoPaths.Root,
        [
            "--Catalog:Paths:0", RepoPaths.BackstageAll,
            "--Teams:MicrosoftAppId", "00000000-0000-0000-0000-000000000001", "--Teams:MicrosoftAppPassword", "not-a-real-secret",
            "--Teams:MicrosoftAppTenantId", "00000000-0000-0000-0000-0000000000aa", "--Teams:MicrosoftAppType", "SingleTenant",
            "--Storage:SqlitePath", Path.Combine(Path.GetTempPath(), $"wayfinder-auth-{Guid.NewGuid():N}.db"),
        ], CancellationToken.None);
        await _bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not.a.token")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task Message_WithoutAValidToken_401AndNoReply(string? authorization)
    {
        using var content = TeamsActivities.Content(TeamsActivities.Personal("act-auth", "a:auth-1", "who owns petstore", _connector.ServiceUrl));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _bot!.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_connector.Posts("a:auth-1"));
        Assert.DoesNotContain("not-a-real-secret", _bot.Output, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    public void Dispose() => _connector.Dispose();
}
