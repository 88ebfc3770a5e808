using Wayfinder.Catalog.Validation;
using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Onboarding;

/// <summary>
/// Reads a plan's <c>for</c>: <c>everyone</c>, or <c>{ groups: [...] }</c> with group refs written as in descriptors
/// (<c>checkout-payments</c> or <c>group:default/checkout-payments</c>; the kind defaults to group, the namespace to default).
/// </summary>
internal static class PlanAudienceReader
{
    private const string Everyone = "everyone";
    private static readonly string[] Keys = ["groups"];

    public static PlanAudience? Read(DescriptorMap plan, ProblemLog log)
    {
        var node = plan["for"];
        switch (node)
        {
            case null or DescriptorScalar { IsNull: true }:
                log.Error(node ?? plan, "'for' is required in the plan: 'everyone', or { groups: [group, ...] }");
                return null;
            case DescriptorScalar { Value: Everyone }:
                return PlanAudience.All;
            case DescriptorMap map:
                PlanFields.WarnUnknownKeys(map, Keys, "'for'", log);
                return ReadGroups(map, log);
            default:
                log.Error(node, $"'for' must be 'everyone' or {{ groups: [group, ...] }}, not {Describe(node)}");
                return null;
        }
    }

    private static PlanAudience? ReadGroups(DescriptorMap map, ProblemLog log)
    {
        if (map["groups"] is not DescriptorList { Items.Count: > 0 } list)
        {
            log.Error(map["groups"] ?? map, "'for' needs 'groups': a list of at least one group, e.g. { groups: [checkout-payments] }");
            return null;
        }

        var groups = new List<EntityRef>(list.Items.Count);
        var errors = 0;
        foreach (var item in list.Items)
        {
            if (ReadGroup(item, log) is { } group)
            {
                if (!groups.Contains(group))
                {
                    groups.Add(group);
                }
            }
            else
            {
                errors++;
            }
        }

        return errors == 0 ? new PlanAudience(false, groups) : null;
    }

    private static EntityRef? ReadGroup(DescriptorNode item, ProblemLog log)
    {
        if (!EntityRef.TryParse(item.AsText(), KnownKinds.Group, EntityRef.DefaultNamespace, out var group, out var error))
        {
            log.Error(item, $"'for' groups: {(item is DescriptorScalar ? error : $"a group must be text, not a {item.Shape}")}");
            return null;
        }

        if (group.Kind != KnownKinds.Group)
        {
            log.Error(item, $"'for' groups: {group} is not a group; plans are for members of groups");
            return null;
        }

        return group;
    }

    private static string Describe(DescriptorNode node) => node is DescriptorScalar scalar ? $"'{scalar.Value}'" : $"a {node.Shape}";
}
