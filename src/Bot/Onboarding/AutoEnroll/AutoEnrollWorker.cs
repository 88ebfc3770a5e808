using Wayfinder.Bot.Health;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Onboarding.AutoEnroll;

/// <summary>
/// Enrols the people queued on arrival (once the first catalog is loaded), from today in their time zone, in the plan for
/// their groups. Someone who has been enrolled before, even if that enrolment was cancelled, is left alone; so is anyone the
/// catalog does not know. Nothing here answers the person: the outcome is logged.
/// </summary>
internal sealed partial class AutoEnrollWorker(
    NewcomerQueue queue, EnrollmentService enrollments, EnrollmentStore store, ICatalog catalog, TimeProvider time, ILogger<AutoEnrollWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!queue.Enabled)
        {
            return;
        }

        await CatalogWait.UntilLoadedAsync(catalog, time, stoppingToken).ConfigureAwait(false);
        await foreach (var newcomer in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await EnrollAsync(newcomer, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One boundary per entry point: a failure enrols nobody but never stops the worker.
                LogFailed(logger, newcomer.Platform, e);
            }
        }
    }

    private async Task EnrollAsync(Newcomer newcomer, CancellationToken cancellationToken)
    {
        var email = newcomer.Email.Trim().ToLowerInvariant();
        if (await store.EverEnrolledAsync(email, cancellationToken).ConfigureAwait(false))
        {
            LogAlreadyEnrolled(logger, newcomer.Platform, email);
            return;
        }

        var outcome = await enrollments.EnrollFromTodayAsync(email, newcomer.TimeZone, newcomer.Platform, cancellationToken).ConfigureAwait(false);
        if (outcome.Enrollment is not { } view)
        {
            LogSkipped(logger, newcomer.Platform, outcome.ProblemTitle);
            LogSkippedDetail(logger, email, outcome.ProblemDetail);
        }
        else if (outcome.Created)
        {
            LogEnrolled(logger, newcomer.Platform, view.Id, view.Plan, view.StartDate, view.TimeZone, view.TimeZoneSource);
        }
        else
        {
            LogAlreadyEnrolled(logger, newcomer.Platform, email);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Enrolled a newcomer from {Platform} automatically: {EnrollmentId}, plan {Plan}, from {StartDate} in {TimeZone} ({TimeZoneSource})")]
    private static partial void LogEnrolled(ILogger logger, string platform, string enrollmentId, string plan, string startDate, string timeZone, string? timeZoneSource);

    [LoggerMessage(Level = LogLevel.Information, Message = "Did not enrol a newcomer from {Platform} automatically: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string platform, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Newcomer {Email} not enrolled: {Detail}")]
    private static partial void LogSkippedDetail(ILogger logger, string email, string? detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Newcomer from {Platform} ({Email}) has been enrolled before; left alone")]
    private static partial void LogAlreadyEnrolled(ILogger logger, string platform, string email);

    [LoggerMessage(Level = LogLevel.Error, Message = "Enrolling a newcomer from {Platform} failed")]
    private static partial void LogFailed(ILogger logger, string platform, Exception exception);
}
