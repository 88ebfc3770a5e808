using Microsoft.Extensions.Options;
using Quartz;
using Wayfinder.Bot.Scheduling;

namespace Wayfinder.Bot.Onboarding.Digest;

/// <summary>
/// The weekly manager digest: its services, and its job with a cron trigger (<see cref="OnboardingOptions.DigestSchedule"/>,
/// read in <see cref="OnboardingOptions.DefaultTimeZone"/>) in Quartz's persistent store. A schedule of empty or <c>-</c>
/// switches it off, and Quartz then unschedules the trigger a store still holds.
/// </summary>
internal static class ManagerDigestSetup
{
    private const string ScheduleKey = $"{OnboardingOptions.Section}:{nameof(OnboardingOptions.DigestSchedule)}";

    public static IServiceCollection AddManagerDigest(this IServiceCollection services)
    {
        services.AddSingleton<DigestStore>();
        services.AddSingleton<ManagerDigestComposer>();
        services.AddSingleton<ManagerDigest>();
        services.AddTransient<ManagerDigestJob>();

        // Every start declares the trigger again; the new one takes over the stored one's last firing, so a restart
        // neither repeats this week's digest nor skips one that fell due while the bot was down (it fires once on start).
        services.Configure<QuartzOptions>(quartz => quartz.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        return services;
    }

    public static IQuartzBuilder AddManagerDigest(this IQuartzBuilder quartz)
    {
        quartz.AddJob<ManagerDigestJob>(job => job.WithIdentity(ManagerDigestJob.Key).RequestRecovery());
        quartz.AddConfiguredTrigger<ManagerDigestJob>(
            ScheduleKey,
            (provider, _) => Schedule(provider) is { } cron && !QuartzCronAttribute.IsOff(cron) ? cron.Trim() : QuartzCronAttribute.Off,
            (provider, cron, trigger) => trigger
                .WithIdentity(ManagerDigestJob.Key.Name, ManagerDigestJob.Key.Group)
                .ForJob(ManagerDigestJob.Key)
                .WithCronSchedule(cron ?? OnboardingOptions.DefaultDigestSchedule, schedule => schedule
                    .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(provider.GetRequiredService<IOptions<OnboardingOptions>>().Value.DefaultTimeZone))
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        return quartz;
    }

    private static string? Schedule(IServiceProvider provider) => provider.GetRequiredService<IOptions<OnboardingOptions>>().Value.DigestSchedule;
}
