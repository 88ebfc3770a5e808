using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Wayfinder.Bot.Onboarding;
using Wayfinder.Bot.Onboarding.Enrollments;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>The choice of an enrolment's time zone: a chat platform's, the one given, the default; a slow or wrong platform passed over.</summary>
public sealed class EnrollmentTimeZonesTests
{
    private const string Email = "jane@example.com";
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task ChooseAsync_PlatformKnowsThePerson_PlatformZoneWins()
    {
        var zone = await Chooser(new FixedZones("Asia/Tokyo")).ChooseAsync(Email, "America/New_York", EnrollmentTimeZones.Request, CancellationToken.None);

        Assert.Equal(("Asia/Tokyo", "slack"), (zone.Id, zone.Source));
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"), zone.Zone);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Mars/Olympus_Mons")]
    public async Task ChooseAsync_PlatformHasNoUsableZone_GivenZone(string? platformZone)
    {
        var zone = await Chooser(new FixedZones(platformZone)).ChooseAsync(Email, "America/New_York", "teams", CancellationToken.None);

        Assert.Equal(("America/New_York", "teams"), (zone.Id, zone.Source));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Mars/Olympus_Mons")]
    public async Task ChooseAsync_NoPlatformZoneAndNoUsableGivenZone_Default(string? given)
    {
        var zone = await Chooser(new FixedZones(null)).ChooseAsync(Email, given, EnrollmentTimeZones.Request, CancellationToken.None);

        Assert.Equal(("Europe/Lisbon", "default"), (zone.Id, zone.Source));
    }

    [Fact]
    public async Task ChooseAsync_NoPlatforms_GivenZone()
    {
        var zone = await Chooser().ChooseAsync(Email, "Africa/Lagos", EnrollmentTimeZones.Request, CancellationToken.None);

        Assert.Equal(("Africa/Lagos", "request"), (zone.Id, zone.Source));
    }

    [Fact]
    public async Task ChooseAsync_PlatformSlowerThanTheTimeout_GivenZoneAfterTheTimeout()
    {
        var slow = new SlowZones();
        var choosing = Chooser(slow).ChooseAsync(Email, "America/New_York", EnrollmentTimeZones.Request, CancellationToken.None);
        await slow.Asked.Task;

        _time.Advance(TimeSpan.FromMilliseconds(1_999));
        Assert.False(choosing.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var zone = await choosing;

        Assert.Equal(("America/New_York", "request"), (zone.Id, zone.Source));
    }

    [Fact]
    public async Task ChooseAsync_CallerCancels_CancellationNotSwallowed()
    {
        using var cancel = new CancellationTokenSource();
        var slow = new SlowZones();
        var choosing = Chooser(slow).ChooseAsync(Email, null, EnrollmentTimeZones.Request, cancel.Token);
        await slow.Asked.Task;

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => choosing);
    }

    private EnrollmentTimeZones Chooser(params IPersonTimeZones[] platforms) => new(
        platforms, Options.Create(new OnboardingOptions { DefaultTimeZone = "Europe/Lisbon" }), _time, NullLogger<EnrollmentTimeZones>.Instance);

    private sealed class FixedZones(string? zone) : IPersonTimeZones
    {
        public string Source => "slack";

        public Task<string?> FindAsync(string email, CancellationToken cancellationToken) => Task.FromResult(zone);
    }

    private sealed class SlowZones : IPersonTimeZones
    {
        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Source => "slack";

        public async Task<string?> FindAsync(string email, CancellationToken cancellationToken)
        {
            Asked.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return "Asia/Tokyo";
        }
    }
}
