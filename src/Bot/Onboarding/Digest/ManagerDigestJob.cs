using Quartz;
using Wayfinder.Bot.Health;
using Wayfinder.Bot.Onboarding.Scheduling;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Onboarding.Digest;

/// <summary>
/// Sends the weekly manager digest when its cron trigger fires (<see cref="OnboardingOptions.DigestSchedule"/>). One
/// execution at a time across the cluster; a run a crashed node left is recovered. When Slack or Teams could not take some
/// digests, the firing fails and Quartz fires it again under the job's retry policy (three more times, ten minutes apart);
/// the digests sent already are not sent again.
/// </summary>
[DisallowConcurrentExecution]
[RetryPolicy(3, "00:10:00")]
internal sealed partial class ManagerDigestJob(ManagerDigest digest, ICatalog catalog, TimeProvider time, ILogger<ManagerDigestJob> logger) : IJob
{
    /// <summary>The job's key; its cron trigger has the same name.</summary>
    public static readonly JobKey Key = new("manager-digest", NudgeScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await CatalogWait.UntilLoadedAsync(catalog, time, cancellationToken).ConfigureAwait(false);
        var mayRetry = context.RetryAttempt < (context.RetryPolicy?.MaxAttempts ?? 0);
        var putBack = await digest.SendAsync(context.Recovering, mayRetry, cancellationToken).ConfigureAwait(false);
        if (putBack > 0)
        {
            LogRetry(logger, putBack, context.RetryAttempt + 1);
            throw new JobExecutionException($"{putBack} weekly onboarding digest(s) were not taken; they are tried again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} weekly onboarding digest(s) were not taken; retry {Retry} follows")]
    private static partial void LogRetry(ILogger logger, int count, int retry);
}
