using Microsoft.Extensions.Options;
using Quartz;
using Wayfinder.Bot.Onboarding.Enrollments;

namespace Wayfinder.Bot.Onboarding.Scheduling;

/// <summary>
/// One Quartz trigger per pending nudge, in the persistent store, keyed by enrolment and nudge so scheduling twice
/// replaces rather than duplicates. A trigger missed while no scheduler ran fires as soon as one does; the job then
/// decides whether it is still that person's workday. Triggers use the holiday calendar (Onboarding:Holidays) and a
/// retry policy (Onboarding:SendRetries, SendRetryDelay): a send Slack or Teams could not take is fired again, backing off.
/// </summary>
internal sealed class NudgeScheduler(ISchedulerFactory schedulers, IOptions<OnboardingOptions> options)
{
    public const string Group = "onboarding";

    /// <summary>The Quartz holiday calendar every nudge trigger uses (<see cref="OnboardingOptions.Holidays"/>).</summary>
    public const string Holidays = "onboarding-holidays";

    public async Task ScheduleAsync(IReadOnlyList<NudgeRecord> nudges, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var retries = RetryPolicy.Exponential(
            options.Value.SendRetries, options.Value.SendRetryDelay, factor: 2, maxDelay: MaxRetryDelay(options.Value.SendRetryDelay), jitter: 0.2);
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        foreach (var nudge in nudges.Where(n => n.Status == NudgeStatus.Pending))
        {
            var key = Key(nudge.EnrollmentId, nudge.NudgeId);
            var job = JobBuilder.Create<SendNudgeJob>()
                .WithIdentity(key, Group)
                .UsingJobData(SendNudgeJob.EnrollmentKey, nudge.EnrollmentId)
                .UsingJobData(SendNudgeJob.NudgeKey, nudge.NudgeId)
                .RequestRecovery()
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(key, Group)
                .ForJob(job)
                .StartAt(nudge.DueUtc)
                .WithCalendarName(Holidays)
                .WithRetryPolicy(retries)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            jobs[job] = [trigger];
        }

        // One store operation for the whole enrolment.
        await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
    }

    public async Task UnscheduleAsync(IReadOnlyList<NudgeRecord> nudges, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.DeleteJobs([.. nudges.Select(n => new JobKey(Key(n.EnrollmentId, n.NudgeId), Group))], cancellationToken).ConfigureAwait(false);
    }

    private static TimeSpan MaxRetryDelay(TimeSpan first) => first > TimeSpan.FromMinutes(10) ? first : TimeSpan.FromMinutes(10);

    private static string Key(string enrollmentId, string nudgeId) => $"{enrollmentId}/{nudgeId}";
}
