using Wayfinder.Catalog.Validation;
using System.Globalization;
using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Skills.Onboarding;

/// <summary>Reads one step of a plan: id, day, at, message, links, done, remind (see <see cref="PlanReader"/> for the format).</summary>
internal static class PlanStepReader
{
    /// <summary>Last workday a step may be sent on: about a year of workdays.</summary>
    public const int MaxDay = 260;

    /// <summary>When a step is sent if it names no time.</summary>
    public static readonly TimeOnly DefaultSendAt = new(9, 30);

    private static readonly string[] Keys = ["id", "day", "at", "message", "links", "done", "remind"];

    /// <summary>The step, or <c>null</c> when it has errors (all reported).</summary>
    public static OnboardingStep? Read(DescriptorNode node, int number, ProblemLog log)
    {
        if (node is not DescriptorMap step)
        {
            log.Error(node, $"step {number} must be a map with id, day and message, not a {node.Shape}");
            return null;
        }

        var errorsBefore = log.ErrorCount;
        var id = PlanFields.Id(step, $"step {number}", log);
        var where = id is null ? $"step {number}" : $"step '{id}'";
        PlanFields.WarnUnknownKeys(step, Keys, where, log);
        var day = PlanFields.Integer(step, "day", where, 1, MaxDay, log);
        var sendAt = ReadTime(step["at"], where, log);
        var message = ReadMessage(step, where, log);
        var links = PlanLinkReader.Read(step["links"], where, log);
        var done = ReadDone(step["done"], where, log);
        var reminder = PlanReminderReader.Read(step["remind"], done, where, log);
        return log.ErrorCount > errorsBefore || id is null || day is null || message is null
            ? null
            : new OnboardingStep(id, day.Value, sendAt, message, links, done, reminder, log.At(step));
    }

    private static TimeOnly ReadTime(DescriptorNode? node, string where, ProblemLog log)
    {
        if (PlanFields.IsAbsent(node))
        {
            return DefaultSendAt;
        }

        var text = node!.AsText();
        if (text is not { Length: 5 } || text[2] != ':'
            || !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            log.Error(node, $"at of {where} must be a 24-hour time HH:mm such as \"09:30\" or \"14:00\", not {Describe(node)}");
            return DefaultSendAt;
        }

        return time;
    }

    private static string? ReadMessage(DescriptorMap step, string where, ProblemLog log)
    {
        var message = PlanFields.RequiredText(step, "message", where, log)?.TrimEnd();
        if (message is null)
        {
            return null;
        }

        var unknown = PlanPlaceholders.In(message).Where(name => !PlanPlaceholders.IsKnown(name)).ToList();
        if (unknown.Count > 0)
        {
            var names = string.Join(", ", unknown.Select(name => $"{{{{{name}}}}}"));
            log.Error(step["message"], $"the message of {where} uses unknown placeholder(s) {names}; the placeholders are {string.Join(", ", PlanPlaceholders.Names)}");
            return null;
        }

        return message;
    }

    private static bool ReadDone(DescriptorNode? node, string where, ProblemLog log)
    {
        if (PlanFields.IsAbsent(node))
        {
            return false;
        }

        switch (node!.AsText()?.ToLowerInvariant())
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                log.Error(node, $"done of {where} must be true or false, not {Describe(node)}");
                return false;
        }
    }

    private static string Describe(DescriptorNode node) => node is DescriptorScalar scalar ? $"'{scalar.Value}'" : $"a {node.Shape}";
}
