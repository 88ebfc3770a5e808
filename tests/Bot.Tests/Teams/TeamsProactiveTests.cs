using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Teams;
using Wayfinder.Bot.Tests.Support;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Bot.Tests.Teams;

/// <summary>
/// A reference captured by the running bot (into its SQLite file) is used later to write first: a real
/// <c>CloudAdapter</c> in this process, the same file, the same fake connector over loopback.
/// </summary>
public sealed class TeamsProactiveTests(TeamsBotProcess fixture) : IClassFixture<TeamsBotProcess>
{
    [Fact]
    public async Task SendAsync_ReferenceCapturedFromAMessage_MessageReachesThatConversation()
    {
        await CaptureAsync("a:proactive-1");
        await using var services = TeamsServices();
        var store = services.GetRequiredService<IConversationStore>();

        var stored = await store.FindByEmailAsync("teams", "breanna.davison@example.com", CancellationToken.None);
        var sent = await services.GetRequiredService<TeamsProactiveSender>().SendAsync(stored!, Message("Welcome to Wayfinder!"), CancellationToken.None);

        Assert.True(sent);
        var posts = await fixture.Connector.WaitForPostsAsync("a:proactive-1", 2);
        Assert.Equal(2, posts.Count);
        Assert.Equal("Welcome to Wayfinder!", posts[1].Body["attachments"]![0]!["content"]!["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_PersonBlockedTheBot_RefusedAndReferenceRevoked()
    {
        await CaptureAsync("a:blocked-1");
        fixture.Connector.Block("a:blocked-1");
        await using var services = TeamsServices();
        var store = services.GetRequiredService<IConversationStore>();
        var stored = await store.GetAsync("teams", "tenant-1:aad-breanna", CancellationToken.None);

        var sent = await services.GetRequiredService<TeamsProactiveSender>().SendAsync(stored!, Message("hello"), CancellationToken.None);

        Assert.False(sent);
        Assert.True((await store.GetAsync("teams", "tenant-1:aad-breanna", CancellationToken.None))!.Revoked);
    }

    private async Task CaptureAsync(string conversation)
    {
        using var content = TeamsActivities.Content(TeamsActivities.Personal($"act-{conversation}", conversation, "help", fixture.Connector.ServiceUrl));
        using var response = await fixture.Bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.Connector.WaitForPostsAsync(conversation, 1);
    }

    private ServiceProvider TeamsServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:Enabled"] = "true",
            ["Storage:SqlitePath"] = fixture.Database,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddTeams(configuration);
        return services.BuildServiceProvider();
    }

    private static Answer Message(string text) => new() { Intent = Intents.Help, Text = text };
}
