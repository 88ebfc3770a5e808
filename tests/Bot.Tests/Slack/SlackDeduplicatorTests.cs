using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Wayfinder.Bot.Slack;
using Wayfinder.Bot.Slack.Inbound;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary>Retries and doubles dropped within the window, and only within it.</summary>
public sealed class SlackDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-24T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly SlackDeduplicator _deduplicator;

    public SlackDeduplicatorTests() =>
        _deduplicator = new SlackDeduplicator(Options.Create(new SlackOptions { DeduplicationWindow = TimeSpan.FromHours(1) }), _time);

    [Fact]
    public void FirstTime_SameKeyTwice_SecondIsADuplicate()
    {
        Assert.True(_deduplicator.FirstTime("event:Ev1"));
        Assert.False(_deduplicator.FirstTime("event:Ev1"));
    }

    [Fact]
    public void FirstTime_AnyKeySeen_Duplicate()
    {
        Assert.True(_deduplicator.FirstTime("event:Ev1", "message:C1:1.1"));
        Assert.False(_deduplicator.FirstTime("event:Ev2", "message:C1:1.1"));
    }

    [Fact]
    public void FirstTime_AfterTheWindow_NewAgain()
    {
        _deduplicator.FirstTime("event:Ev1");
        _time.Advance(TimeSpan.FromMinutes(61));

        Assert.True(_deduplicator.FirstTime("event:Ev1"));
    }

    [Fact]
    public void Forget_KeyForgotten_NewAgain()
    {
        _deduplicator.FirstTime("event:Ev1");
        _deduplicator.Forget("event:Ev1");

        Assert.True(_deduplicator.FirstTime("event:Ev1"));
    }
}
