using Wayfinder.Catalog.Validation;
using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Skills.Onboarding;

/// <summary>
/// Reads the plans of one YAML file (several plans may share a file, separated by <c>---</c>), reporting every
/// problem as <c>path:line:column</c>. A plan with an error is skipped; the other plans still load.
/// </summary>
/// <remarks>
/// The format (documented for authors in <c>manifests/onboarding/README.md</c>):
/// <code>
/// id: backend                      # required: 1-63 lower-case letters and digits joined by single '-'
/// title: Backend engineers         # required
/// for: everyone                    # required: everyone, or { groups: [checkout-payments, group:default/fulfilment] }
///                                  #   (members of those groups and of the groups below them)
/// steps:                           # required, at least one; sent in order of day, then at
///   - id: welcome                  # required, same rules as the plan id, unique within the plan
///     day: 1                       # required: workday 1-260, 1 being the first workday on or after the start date
///     at: "09:30"                  # optional: local 24-hour HH:mm; default 09:30
///     message: |                   # required Markdown; placeholders such as {{person.name}} (see PlanPlaceholders)
///       Welcome, {{person.firstName}}!
///     links:                       # optional buttons; url absolute http(s)
///       - { title: Handbook, url: https://wiki.example.com/handbook }
///     done: true                   # optional, default false: the person ticks the step off with a Done button
///     remind: { after: 2, times: 3 }   # optional, needs done: true: every 1-20 workdays while not done, 1-10 times
/// </code>
/// Values are never coerced: <c>at: on</c> is the text "on", and day, after and times must be unquoted whole numbers.
/// Unknown keys are warnings (the key is ignored).
/// </remarks>
internal static class PlanReader
{
    private static readonly string[] Keys = ["id", "title", "for", "steps"];

    /// <summary>The valid plans of <paramref name="yaml"/>, in file order; problems go to <paramref name="log"/>.</summary>
    public static IReadOnlyList<OnboardingPlan> Read(string yaml, ProblemLog log)
    {
        var plans = new List<OnboardingPlan>();
        foreach (var document in DescriptorReader.Read(yaml, DescriptorLimits.Default))
        {
            if (document.Error is { } error)
            {
                log.Error(error.Line, error.Column, error.Message);
            }
            else if (ReadPlan(document.Root!, log) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return plans;
    }

    private static OnboardingPlan? ReadPlan(DescriptorNode root, ProblemLog log)
    {
        if (root is not DescriptorMap map)
        {
            log.Error(root, $"a plan must be a map with id, title, for and steps, not a {root.Shape}");
            return null;
        }

        var errorsBefore = log.ErrorCount;
        var id = PlanFields.Id(map, "the plan", log);
        var where = id is null ? "the plan" : $"plan '{id}'";
        PlanFields.WarnUnknownKeys(map, Keys, where, log);
        var title = PlanFields.RequiredText(map, "title", where, log);
        var audience = PlanAudienceReader.Read(map, log);
        var steps = ReadSteps(map, where, log);
        return log.ErrorCount > errorsBefore || id is null || title is null || audience is null || steps is null
            ? null
            : new OnboardingPlan(id, title, audience, steps, log.At(map));
    }

    private static List<OnboardingStep>? ReadSteps(DescriptorMap plan, string where, ProblemLog log)
    {
        var node = plan["steps"];
        if (node is not DescriptorList { Items.Count: > 0 } list)
        {
            log.Error(node ?? plan, PlanFields.IsAbsent(node) ? $"'steps' is required in {where}: a list of at least one step"
                : node is DescriptorList ? $"steps of {where} must list at least one step" : $"steps of {where} must be a list, not a {node!.Shape}");
            return null;
        }

        var steps = new List<OnboardingStep>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (PlanStepReader.Read(list.Items[i], i + 1, log) is not { } step)
            {
                continue;
            }

            if (steps.Find(s => s.Id == step.Id) is { } first)
            {
                log.Error(list.Items[i], $"step id '{step.Id}' is used twice in {where}; the first is at line {first.Source.Line}");
                continue;
            }

            steps.Add(step);
        }

        return [.. steps.OrderBy(s => s.Workday).ThenBy(s => s.SendAt)];
    }
}
