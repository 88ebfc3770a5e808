using Quartz;
using Wayfinder.Bot.Health;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Onboarding.Scheduling;

namespace Wayfinder.Bot.Onboarding.Scheduling;

/// <summary>
/// Sends one nudge when its trigger fires. The nudge is claimed in the store first (<c>pending → sending</c>), so a
/// second firing — another replica, a repeated trigger — finds nothing to do; a job recovered from a crashed node takes over
/// its claim. A nudge whose local day has passed (the
/// bot was down) is skipped; its steps show in the next message as still open. A reminder for a step already done
/// is skipped. A retryable failure puts the nudge back and throws, so that Quartz fires the trigger again under its retry
/// policy (see <see cref="NudgeScheduler"/>); once the retries are spent, or when it can never succeed, the nudge is marked
/// failed and the manager is told.
/// </summary>
internal sealed partial class SendNudgeJob(
    EnrollmentStore store,
    NudgeComposer composer,
    NudgeSender sender,
    FailedNudgeNotice notice,
    ICatalog catalog,
    TimeProvider time,
    ILogger<SendNudgeJob> logger) : IJob
{
    public const string EnrollmentKey = "enrollment";
    public const string NudgeKey = "nudge";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // A nudge that fired at start-up (it was due while the bot was down) waits for the catalog it is written from.
        await CatalogWait.UntilLoadedAsync(catalog, time, cancellationToken).ConfigureAwait(false);
        var enrollmentId = context.MergedJobDataMap.GetString(EnrollmentKey)!;
        var nudgeId = context.MergedJobDataMap.GetString(NudgeKey)!;
        var enrollment = await store.GetAsync(enrollmentId, cancellationToken).ConfigureAwait(false);
        if (enrollment is null || enrollment.CancelledAt is not null || !await ClaimAsync(context, enrollmentId, nudgeId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var nudge = (await store.NudgesAsync(enrollmentId, cancellationToken).ConfigureAwait(false)).Single(n => n.NudgeId == nudgeId);
        var steps = await store.StepsAsync(enrollmentId, cancellationToken).ConfigureAwait(false);
        if (Stale(enrollment, nudge) || (nudge.Kind == nameof(NudgeKind.Reminder) && steps.Any(s => s.Done && nudge.StepIds.Contains(s.StepId))))
        {
            await store.MarkAsync(enrollmentId, nudgeId, NudgeStatus.Skipped, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var message = composer.Compose(enrollment, nudge, steps) is { } composed
            ? composed with { Key = $"{enrollment.Id}/{nudge.NudgeId}", MaybeSent = context.Recovering }
            : null;
        var result = message is null ? NudgeDelivery.Impossible : await sender.SendAsync(enrollment.Email, message, cancellationToken).ConfigureAwait(false);
        await RecordAsync(context, enrollment, nudge, result, cancellationToken).ConfigureAwait(false);
    }

    private Task<bool> ClaimAsync(IJobExecutionContext context, string enrollmentId, string nudgeId, CancellationToken cancellationToken) =>
        context.Recovering
            ? store.TryReclaimAsync(enrollmentId, nudgeId, cancellationToken)
            : store.TryClaimAsync(enrollmentId, nudgeId, cancellationToken);

    private async Task RecordAsync(IJobExecutionContext context, Enrollment enrollment, NudgeRecord nudge, NudgeDelivery result, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case NudgeDelivery.Delivered:
                await store.MarkAsync(enrollment.Id, nudge.NudgeId, NudgeStatus.Sent, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                break;
            case NudgeDelivery.RetryLater when context.RetryAttempt < (context.RetryPolicy?.MaxAttempts ?? 0):
                await store.ReleaseAsync(enrollment.Id, nudge.NudgeId, cancellationToken).ConfigureAwait(false);
                LogRetry(logger, enrollment.Id, nudge.NudgeId, context.RetryAttempt + 1);
                throw new JobExecutionException($"Onboarding nudge {nudge.NudgeId} of enrolment {enrollment.Id} was not taken; it is tried again.");
            default:
                await store.MarkAsync(enrollment.Id, nudge.NudgeId, NudgeStatus.Failed, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                LogFailed(logger, enrollment.Id, nudge.NudgeId, result, enrollment.Manager);
                await notice.TellManagerAsync(enrollment, nudge, result, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>True when the nudge's local day is over for the person (it fired late, after the bot was down).</summary>
    private bool Stale(Enrollment enrollment, NudgeRecord nudge) =>
        nudge.Kind != nameof(NudgeKind.CatchUp)
        && LocalTime.Of(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(enrollment.TimeZone)).Date > nudge.LocalDate;

    [LoggerMessage(Level = LogLevel.Information, Message = "Onboarding nudge {Nudge} of enrolment {Enrollment} was not taken; retry {Retry} follows")]
    private static partial void LogRetry(ILogger logger, string enrollment, string nudge, int retry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Onboarding nudge {Nudge} of enrolment {Enrollment} could not be delivered ({Result}); manager: {Manager}")]
    private static partial void LogFailed(ILogger logger, string enrollment, string nudge, NudgeDelivery result, string? manager);
}
