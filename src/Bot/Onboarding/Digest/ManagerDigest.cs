using Microsoft.Extensions.Options;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Onboarding.Digest;

/// <summary>
/// This week's digests: one message to every manager of an enrolment in progress (the manager's email from the catalog),
/// over the first platform that knows them. Each manager's digest of an ISO week (in <see cref="OnboardingOptions.DefaultTimeZone"/>)
/// is claimed in the store before it is sent, so repeated firings, replicas and restarts send it once; a send worth
/// retrying is put back for the job's next attempt, and marked failed when there is none.
/// </summary>
internal sealed partial class ManagerDigest(
    EnrollmentStore enrollments,
    DigestStore digests,
    ManagerDigestComposer composer,
    NudgeSender sender,
    ICatalog catalog,
    IOptions<OnboardingOptions> options,
    TimeProvider time,
    ILogger<ManagerDigest> logger)
{
    /// <summary>Sends the digests of this week not sent yet; returns how many were put back to try again.</summary>
    /// <param name="recovering">True when a crashed run is taken over: its claims are taken too, and the platform checks what it already sent.</param>
    /// <param name="mayRetry">True when another attempt follows, so a send worth retrying is put back rather than marked failed.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<int> SendAsync(bool recovering, bool mayRetry, CancellationToken cancellationToken)
    {
        var week = DigestWeek.Of(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZone));
        var putBack = 0;
        var active = await enrollments.ActiveWithManagerAsync(cancellationToken).ConfigureAwait(false);
        foreach (var team in active.GroupBy(e => e.Manager!, StringComparer.Ordinal))
        {
            var status = await SendToAsync(team.Key, [.. team], week, (recovering, mayRetry), cancellationToken).ConfigureAwait(false);
            putBack += status == NudgeStatus.Pending ? 1 : 0;
        }

        return putBack;
    }

    private async Task<NudgeStatus?> SendToAsync(
        string manager, IReadOnlyList<Enrollment> enrolled, DigestWeek week, (bool Recovering, bool MayRetry) run, CancellationToken cancellationToken)
    {
        var hires = new List<EnrolledHire>();
        foreach (var enrollment in enrolled)
        {
            var nudges = await enrollments.NudgesAsync(enrollment.Id, cancellationToken).ConfigureAwait(false);
            hires.Add(new EnrolledHire(enrollment, nudges, await enrollments.StepsAsync(enrollment.Id, cancellationToken).ConfigureAwait(false)));
        }

        if (composer.Compose(week, hires) is not { } message)
        {
            return null; // nothing to report
        }

        if (EnrollmentPeople.ByRef(catalog.Snapshot, manager)?.Profile.Email is not { } email)
        {
            LogNoEmail(logger, manager);
            return null;
        }

        if (await digests.TryClaimAsync(manager, week.Id, run.Recovering, time.GetUtcNow(), cancellationToken).ConfigureAwait(false) is not { } attempt)
        {
            return null; // sent already, or being sent
        }

        var keyed = message with { Key = $"digest/{week.Id}/{manager}", MaybeSent = run.Recovering || attempt > 1 };
        var result = await sender.SendAsync(email, keyed, cancellationToken).ConfigureAwait(false);
        var status = result switch
        {
            NudgeDelivery.Delivered => NudgeStatus.Sent,
            NudgeDelivery.RetryLater when run.MayRetry => NudgeStatus.Pending,
            _ => NudgeStatus.Failed,
        };
        await digests.MarkAsync(manager, week.Id, status, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogSent(logger, manager, week.Id, status);
        return status;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No weekly onboarding digest for {Manager}: no user with an email has that ref in the catalog")]
    private static partial void LogNoEmail(ILogger logger, string manager);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly onboarding digest of {Week} for {Manager}: {Status}")]
    private static partial void LogSent(ILogger logger, string manager, string week, NudgeStatus status);
}
