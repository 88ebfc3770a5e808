using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.Calendar;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Onboarding.AutoEnroll;
using Wayfinder.Bot.Onboarding.Chat;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Bot.Onboarding.Digest;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Bot.Onboarding.Plans;
using Wayfinder.Bot.Onboarding.Scheduling;

namespace Wayfinder.Bot.Onboarding;

/// <summary>
/// Registers and maps onboarding nudges: plans, enrolments (and, with <see cref="OnboardingOptions.AutoEnroll"/>, automatic
/// enrolment of newcomers), Quartz with its persistent store (SQLite under <c>data/</c>, or a clustered PostgreSQL; schema
/// created on first start), and the weekly manager digest. Delivery goes through the chat platforms that are configured,
/// which may also say people's time zones.
/// </summary>
public static class OnboardingSetup
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnboardingOptions>().BindConfiguration(OnboardingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddConversations(configuration);
        services.AddSingleton<OnboardingPlans>();
        services.AddHostedService(provider => provider.GetRequiredService<OnboardingPlans>());
        services.AddSingleton<EnrollmentStore>();
        services.AddSingleton<EnrollmentTimeZones>();
        services.AddSingleton<EnrollmentService>();
        services.AddSingleton<IOnboardingSteps>(provider => provider.GetRequiredService<EnrollmentService>());
        services.AddSingleton<NudgeScheduler>();
        services.AddSingleton<NudgeComposer>();
        services.AddSingleton<NudgeSender>();
        services.AddSingleton<FailedNudgeNotice>();
        services.AddTransient<SendNudgeJob>();
        services.AddManagerDigest();
        services.AddSingleton<IChatCommands, OnboardingChat>();
        services.AddSingleton<NewcomerQueue>();
        services.AddHostedService<AutoEnrollWorker>();

        services.AddQuartz(quartz =>
        {
            // Replaced at every start, without recomputing stored triggers: recomputing drops a one-shot trigger whose time
            // passed while the bot was down, and that nudge must still be sent. New holidays apply to nudges scheduled after.
            quartz.AddCalendar<HolidayCalendar>(NudgeScheduler.Holidays, AddCalendarOptions.Replacing, (provider, calendar) =>
            {
                var onboarding = provider.GetRequiredService<IOptions<OnboardingOptions>>().Value;
                calendar.TimeZone = TimeZoneInfo.FindSystemTimeZoneById(onboarding.DefaultTimeZone);
                foreach (var holiday in onboarding.Holidays)
                {
                    calendar.AddExcludedDay(holiday);
                }
            });
            quartz.AddManagerDigest();
            quartz.UsePersistentStore(store => Store(store, configuration));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>SQLite beside the bot's own file, or the shared PostgreSQL with clustering; the schema created on first start.</summary>
    private static void Store(IPersistentStoreBuilder store, IConfiguration configuration)
    {
        if (ConversationsSetup.UsesPostgres(configuration))
        {
            store.UsePostgres(configuration.GetConnectionString("Wayfinder")!);
            store.UseClustering();
        }
        else
        {
            store.UseSqlite($"Data Source={SchedulerFile(configuration)}");
        }

        // Many nudges fall due in the same minute (everyone's 09:30). With Quartz's default of one minute, those still
        // queued after a minute turn into misfires, and re-timing them one by one under the store lock slowed delivery
        // of 10,000 from about 285/s to 30-45/s. Fifteen minutes late is still on time for a nudge.
        store.ConfigureStore(options => options.MisfireThreshold = TimeSpan.FromMinutes(15));
        store.ProvisionSchema();
        store.UseSystemTextJsonSerializer();
    }

    /// <summary>Quartz's SQLite file, beside the bot's own (<c>data/scheduler.db</c> by default).</summary>
    private static string SchedulerFile(IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(storage.SqlitePath) ?? "data", "scheduler.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        // Write-ahead logging (kept in the file once set): a commit is one append and one sync instead of a rollback
        // journal's several, and readers don't block the writer. Quartz commits a few times per nudge it fires.
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        command.ExecuteNonQuery();
        return file;
    }

    public static IEndpointRouteBuilder MapOnboarding(this IEndpointRouteBuilder endpoints)
    {
        var enrollments = endpoints.MapGroup("/api/onboarding/enrollments");
        enrollments.MapPost("/", OnboardingEndpoints.EnrollAsync);
        enrollments.MapGet("/{id}", OnboardingEndpoints.GetAsync);
        enrollments.MapDelete("/{id}", OnboardingEndpoints.CancelAsync);
        return endpoints;
    }
}
