using System.ComponentModel.DataAnnotations;

namespace Wayfinder.Bot.OnCall;

/// <summary>
/// Live on-call settings, section <c>OnCall</c>. A provider is asked only when its token is set; tokens come from the
/// environment or user secrets and are never logged.
/// </summary>
public sealed class OnCallOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "OnCall";

    /// <summary>How long a provider's answer is reused. Default: 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a failed lookup (provider down, slow or refusing) is reused, so that while a provider is down each
    /// question is answered at once instead of waiting <see cref="Timeout"/> again. Zero turns it off. Default: 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan FailureCacheTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for one provider, retries included, before the answer says it didn't answer. Default: 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:00:30")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>PagerDuty (<c>OnCall:PagerDuty:*</c>).</summary>
    [Required]
    public PagerDutyOptions PagerDuty { get; set; } = new();

    /// <summary>Opsgenie (<c>OnCall:Opsgenie:*</c>).</summary>
    [Required]
    public OpsgenieOptions Opsgenie { get; set; } = new();
}
