using System.ComponentModel.DataAnnotations;
using Quartz;

namespace Wayfinder.Bot.Scheduling;

/// <summary>
/// A Quartz cron expression (seconds first, e.g. <c>0 0 9 ? * MON</c>), or empty or <c>-</c> for none; a setting that does
/// not parse stops the start with a message naming the key (<paramref name="section"/>:property).
/// </summary>
/// <param name="section">The configuration section of the options class, for the message.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class QuartzCronAttribute(string section) : ValidationAttribute
{
    /// <summary>Quartz's spelling of a switched-off schedule.</summary>
    public const string Off = "-";

    /// <summary>True when <paramref name="schedule"/> switches the schedule off: empty, or <c>-</c>.</summary>
    public static bool IsOff(string? schedule) => string.IsNullOrWhiteSpace(schedule) || schedule.Trim() == Off;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || IsOff(text))
        {
            return ValidationResult.Success;
        }

        try
        {
            CronExpression.Parse(text.Trim());
            return ValidationResult.Success;
        }
        catch (FormatException e)
        {
            var key = $"{section}:{validationContext.MemberName}";
            return new ValidationResult(
                $"{key} '{text}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 0 9 ? * MON'; empty or '-' for none): {e.Message}",
                validationContext.MemberName is { } member ? [member] : []);
        }
    }
}
