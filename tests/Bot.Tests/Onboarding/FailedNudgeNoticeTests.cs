using Microsoft.Extensions.Logging.Abstractions;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>The manager told, over the chat platforms, that a nudge could not be delivered; best effort, never throwing.</summary>
public sealed class FailedNudgeNoticeTests(PantrypostCatalog sample) : IClassFixture<PantrypostCatalog>
{
    private static readonly Enrollment Liam = new("e1", "liam.oconnor@pantrypost.example.com", "user:default/liam.oconnor", "default",
        new DateOnly(2026, 5, 4), "Europe/London", "user:default/hannah.lindqvist", null, DateTimeOffset.UnixEpoch);

    private static readonly NudgeRecord Welcome = new("e1", "welcome", "Step", ["welcome"], new DateOnly(2026, 5, 4),
        DateTimeOffset.UnixEpoch, NudgeStatus.Failed, 1, null);

    [Fact]
    public async Task TellManager_PersonUnreachable_ManagerToldWhichStepWhyAndWhatToDo()
    {
        var channel = new RecordingNudgeChannel();

        await Notice(channel).TellManagerAsync(Liam, Welcome, NudgeDelivery.Impossible, CancellationToken.None);

        var (email, message) = Assert.Single(channel.Sent);
        Assert.Equal("hannah.lindqvist@pantrypost.example.com", email);
        Assert.Equal(
            "Wayfinder couldn't deliver Liam O'Connor's onboarding step 'welcome' over Slack: no account with liam.oconnor@pantrypost.example.com "
            + "can get messages from Wayfinder there (not found, deactivated, or Wayfinder is blocked). Please reach out to them directly.",
            message.Text);
        Assert.Empty(message.DoneSteps);
    }

    [Fact]
    public async Task TellManager_RetriesRanOut_SaysHowManyAttempts()
    {
        var channel = new RecordingNudgeChannel();

        await Notice(channel).TellManagerAsync(Liam, Welcome with { Attempts = 6 }, NudgeDelivery.RetryLater, CancellationToken.None);

        Assert.Contains("over Slack: sending still failed after 6 attempts.", Assert.Single(channel.Sent).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TellManager_NoManager_NothingSent()
    {
        var channel = new RecordingNudgeChannel();

        await Notice(channel).TellManagerAsync(Liam with { Manager = null }, Welcome, NudgeDelivery.Impossible, CancellationToken.None);

        Assert.Empty(channel.Sent);
    }

    [Fact]
    public async Task TellManager_PlatformThrows_ReturnsWithoutThrowing()
    {
        var channel = new RecordingNudgeChannel(failure: new HttpRequestException("connection refused"));

        var thrown = await Record.ExceptionAsync(() => Notice(channel).TellManagerAsync(Liam, Welcome, NudgeDelivery.Impossible, CancellationToken.None));

        Assert.Null(thrown);
        Assert.Single(channel.Sent);
    }

    private FailedNudgeNotice Notice(RecordingNudgeChannel channel) =>
        new(sample.Catalog, sample.Plans, new NudgeSender([channel], NullLogger<NudgeSender>.Instance), [channel], NullLogger<FailedNudgeNotice>.Instance);
}
