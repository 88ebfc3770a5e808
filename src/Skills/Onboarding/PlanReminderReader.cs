using Wayfinder.Catalog.Validation;
using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Skills.Onboarding;

/// <summary>Reads a step's <c>remind: { after: workdays, times: count }</c>, which only a step with <c>done: true</c> can use.</summary>
internal static class PlanReminderReader
{
    /// <summary>Most workdays between reminders.</summary>
    public const int MaxAfter = 20;

    /// <summary>Most reminders for one step.</summary>
    public const int MaxTimes = 10;

    private static readonly string[] Keys = ["after", "times"];

    public static ReminderRule? Read(DescriptorNode? node, bool needsDone, string where, ProblemLog log)
    {
        if (PlanFields.IsAbsent(node))
        {
            return null;
        }

        if (node is not DescriptorMap map)
        {
            log.Error(node, $"remind of {where} must be a map {{ after: workdays, times: count }}, not a {node!.Shape}");
            return null;
        }

        var remindWhere = $"remind of {where}";
        PlanFields.WarnUnknownKeys(map, Keys, remindWhere, log);
        var after = PlanFields.Integer(map, "after", remindWhere, 1, MaxAfter, log);
        var times = PlanFields.Integer(map, "times", remindWhere, 1, MaxTimes, log);
        if (!needsDone)
        {
            log.Warning(map, $"remind of {where} is ignored: only a step with 'done: true' is reminded about");
            return null;
        }

        return after is null || times is null ? null : new ReminderRule(after.Value, times.Value);
    }
}
