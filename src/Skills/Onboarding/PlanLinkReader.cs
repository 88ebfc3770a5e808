using Wayfinder.Catalog.Validation;
using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Skills.Onboarding;

/// <summary>Reads a step's <c>links</c>: a list of <c>{ title, url }</c>, the url absolute <c>http</c> or <c>https</c>.</summary>
internal static class PlanLinkReader
{
    private static readonly string[] Keys = ["title", "url"];

    public static IReadOnlyList<PlanLink> Read(DescriptorNode? node, string where, ProblemLog log)
    {
        if (PlanFields.IsAbsent(node))
        {
            return [];
        }

        if (node is not DescriptorList list)
        {
            log.Error(node, $"links of {where} must be a list of {{ title, url }}, not a {node!.Shape}");
            return [];
        }

        var links = new List<PlanLink>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (ReadLink(item, where, log) is { } link)
            {
                links.Add(link);
            }
        }

        return links;
    }

    private static PlanLink? ReadLink(DescriptorNode item, string where, ProblemLog log)
    {
        var linkWhere = $"a link of {where}";
        if (item is not DescriptorMap map)
        {
            log.Error(item, $"{linkWhere} must be a map with title and url, not a {item.Shape}");
            return null;
        }

        PlanFields.WarnUnknownKeys(map, Keys, linkWhere, log);
        var title = PlanFields.RequiredText(map, "title", linkWhere, log);
        var url = PlanFields.RequiredText(map, "url", linkWhere, log);
        if (url is not null && !IsWebAddress(url))
        {
            log.Error(map["url"], $"url '{url}' of {linkWhere} must be an absolute http:// or https:// address");
            return null;
        }

        return title is null || url is null ? null : new PlanLink(title, url);
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
