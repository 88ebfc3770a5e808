using System.ComponentModel.DataAnnotations;
using Quartz;

namespace Wayfinder.Bot.Onboarding.Digest;

/// <summary>A Quartz cron expression (seconds first, e.g. <c>0 0 9 ? * MON</c>), or empty or <c>-</c> for none.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class QuartzCronAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || ManagerDigestSetup.IsOff(text))
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
            var key = $"{OnboardingOptions.Section}:{validationContext.MemberName}";
            return new ValidationResult(
                $"{key} '{text}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 0 9 ? * MON'; empty or '-' for none): {e.Message}",
                validationContext.MemberName is { } member ? [member] : []);
        }
    }
}
