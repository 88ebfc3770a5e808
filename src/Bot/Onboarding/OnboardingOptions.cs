using System.ComponentModel.DataAnnotations;
using Wayfinder.Bot.Scheduling;

namespace Wayfinder.Bot.Onboarding;

/// <summary>Onboarding nudges, section <c>Onboarding</c>. Every setting has a working default.</summary>
public sealed class OnboardingOptions
{
    public const string Section = "Onboarding";

    /// <summary>The default of <see cref="DigestSchedule"/>: Mondays at 09:00.</summary>
    public const string DefaultDigestSchedule = "0 0 9 ? * MON";

    /// <summary>Folders or files holding the plans. Default: <c>manifests/onboarding</c>.</summary>
    public IList<string> Plans { get; } = [];

    /// <summary>The plan of people no group-specific plan is for. Default: <c>default</c>.</summary>
    [Required]
    public string DefaultPlan { get; set; } = "default";

    /// <summary>IANA time zone of people whose own is unknown. Default: <c>Europe/London</c>.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Europe/London";

    /// <summary>Dates nobody works (<c>yyyy-MM-dd</c>); no nudge goes out on them. Default: none.</summary>
    public IList<DateOnly> Holidays { get; } = [];

    /// <summary>The days of the week people work. Default: Monday to Friday.</summary>
    public IList<DayOfWeek> Workdays { get; } = [];

    /// <summary>Start of quiet hours, local to the person. Default: 19:00.</summary>
    public TimeOnly QuietFrom { get; set; } = new(19, 0);

    /// <summary>End of quiet hours: a nudge due in them goes out at this time. Default: 08:00.</summary>
    public TimeOnly QuietUntil { get; set; } = new(8, 0);

    /// <summary>
    /// Enrol people automatically when they arrive: on Slack's <c>team_join</c> and when the Teams app is installed for them
    /// (personal scope), from that day in their time zone. Default: false.
    /// </summary>
    public bool AutoEnroll { get; set; }

    /// <summary>How long an enrolment waits for a chat platform to say a person's time zone before using the next source. Default: 2 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan TimeZoneLookupTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The group whose members (transitively) may enrol others from chat. Default: none (nobody).</summary>
    public string? EnrollersGroup { get; set; }

    /// <summary>How far ahead a start date may be. Default: 365 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00")]
    public TimeSpan MaxLeadTime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How many more times a nudge Slack or Teams could not take (rate limit, outage) is tried. Default: 5.</summary>
    [Range(1, 20)]
    public int SendRetries { get; set; } = 5;

    /// <summary>The wait before the first retry; it doubles for each one after, up to 10 minutes. Default: 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SendRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When managers get the weekly digest of their new hires' open and overdue steps: a Quartz cron expression (seconds
    /// first), read in <see cref="DefaultTimeZone"/>. Empty or <c>-</c> switches the digest off. Default: <c>0 0 9 ? * MON</c>
    /// (Mondays at 09:00).
    /// </summary>
    [QuartzCron(Section)]
    public string? DigestSchedule { get; set; } = DefaultDigestSchedule;

    /// <summary>
    /// Where the bot keeps its state and the Quartz schedule: <c>sqlite</c> (files under <c>data/</c>, one replica) or
    /// <c>postgres</c> (<c>ConnectionStrings:Wayfinder</c>, Quartz clustering: several replicas share the work). Default: <c>sqlite</c>.
    /// </summary>
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Onboarding:Store must be sqlite or postgres.")]
    public string Store { get; set; } = "sqlite";

    /// <summary>The plan folders in effect.</summary>
    public IReadOnlyList<string> EffectivePlans => Plans.Count > 0 ? [.. Plans] : [Path.Combine("manifests", "onboarding")];
}
