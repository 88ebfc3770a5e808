using System.Net;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>The bot serving the sample catalog with live on-call from a fake PagerDuty and a fake Opsgenie.</summary>
public sealed class OnCallBot : IAsyncLifetime
{
    private BotProcess? _bot;

    public FakePagerDuty PagerDuty { get; } = new();

    public FakeOpsgenie Opsgenie { get; } = new();

    internal BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync(
            RepoPaths.Root,
            [
                "--OnCall:PagerDuty:BaseUrl", PagerDuty.Server.Url!,
                "--OnCall:PagerDuty:Token", FakePagerDuty.Token,
                "--OnCall:Opsgenie:BaseUrl", Opsgenie.Server.Url!,
                "--OnCall:Opsgenie:ApiKey", FakeOpsgenie.ApiKey,
                "--OnCall:Opsgenie:WebUrl", "https://pantrypost.app.opsgenie.com",
                "--OnCall:Timeout", "00:00:04", // ample for the failing provider's quick retry on a loaded machine; the slow one takes 12 s
            ],
            CancellationToken.None);
        await _bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        PagerDuty.Dispose();
        Opsgenie.Dispose();
    }
}
