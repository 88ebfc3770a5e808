using System.Net;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>The real bot with Slack switched on against a <see cref="FakeSlack"/>, serving Backstage's example catalog.</summary>
public sealed class SlackBot : IAsyncLifetime
{
    private BotProcess? _bot;

    public FakeSlack Slack { get; } = new();

    internal BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client => Bot.Client;

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync(
            RepoPaths.Root,
            [
                "--Catalog:Paths:0", RepoPaths.BackstageAll, "--Catalog:Paths:1", RepoPaths.BackstageOrg,
                "--Slack:SigningSecrets:0", "an-old-secret", "--Slack:SigningSecrets:1", SlackSigner.Secret,
                "--Slack:BotToken", "xoxb-test-token", "--Slack:ApiBaseUrl", Slack.ApiBaseUrl,
                "--Slack:ChannelMessageInterval", "00:00:00.200",
            ],
            CancellationToken.None);
        await _bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
        await Slack.WaitForAsync("auth.test", _ => true, 1, TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        Slack.Dispose();
    }
}
