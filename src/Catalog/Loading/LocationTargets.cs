using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Loading;

/// <summary>The <c>target</c> and <c>targets</c> of a Location entity, with the node each was written at.</summary>
internal static class LocationTargets
{
    public static IEnumerable<(string Target, DescriptorNode Node)> Of(Entity location)
    {
        if (location.Spec["target"] is { } single && single.AsText() is { } text)
        {
            yield return (text, single);
        }

        if (location.Spec["targets"] is DescriptorList list)
        {
            foreach (var item in list.Items)
            {
                if (item.AsText() is { } target)
                {
                    yield return (target, item);
                }
            }
        }
    }

    /// <summary>True when the Location says a missing target is fine.</summary>
    public static bool IsOptional(Entity location) =>
        string.Equals(location.Spec.Text("presence"), "optional", StringComparison.OrdinalIgnoreCase);
}
