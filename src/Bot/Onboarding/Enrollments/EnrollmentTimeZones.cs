using Microsoft.Extensions.Options;

namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>
/// Chooses an enrolment's time zone: what a chat platform's profile says (<see cref="IPersonTimeZones"/>, each asked for at
/// most <see cref="OnboardingOptions.TimeZoneLookupTimeout"/>), else the one given with the enrolment, else
/// <see cref="OnboardingOptions.DefaultTimeZone"/>. A zone this machine does not know is passed over.
/// </summary>
internal sealed partial class EnrollmentTimeZones(
    IEnumerable<IPersonTimeZones> platforms, IOptions<OnboardingOptions> options, TimeProvider time, ILogger<EnrollmentTimeZones> logger)
{
    /// <summary>The source of a zone given in an enrolment request.</summary>
    public const string Request = "request";

    /// <summary>The source of <see cref="OnboardingOptions.DefaultTimeZone"/>.</summary>
    public const string Default = "default";

    public async Task<EnrollmentTimeZone> ChooseAsync(string email, string? given, string givenSource, CancellationToken cancellationToken)
    {
        foreach (var platform in platforms)
        {
            if (await AskAsync(platform, email, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }
        }

        return Known(given, givenSource) ?? Known(options.Value.DefaultTimeZone, Default)!;
    }

    private async Task<EnrollmentTimeZone?> AskAsync(IPersonTimeZones platform, string email, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.TimeZoneLookupTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var id = await platform.FindAsync(email, linked.Token).ConfigureAwait(false);
            var zone = Known(id, platform.Source);
            if (id is not null && zone is null)
            {
                LogUnknownZone(logger, platform.Source, id);
            }

            return zone;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, platform.Source, options.Value.TimeZoneLookupTimeout);
            return null;
        }
    }

    private static EnrollmentTimeZone? Known(string? id, string source) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? new EnrollmentTimeZone(id, source, zone) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No time zone from {Source} within {Timeout}; using the next source")]
    private static partial void LogTimedOut(ILogger logger, string source, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} gave the time zone '{Zone}', which is not known here; using the next source")]
    private static partial void LogUnknownZone(ILogger logger, string source, string zone);
}
