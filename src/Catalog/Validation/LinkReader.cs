using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Validation;

/// <summary>Reads <c>metadata.links</c>: a list of maps with a required <c>url</c> and optional title, icon and type.</summary>
internal static class LinkReader
{
    public static List<EntityLink> Read(DescriptorNode? node, ProblemLog log)
    {
        var links = new List<EntityLink>();
        if (node is null or DescriptorScalar { IsNull: true })
        {
            return links;
        }

        if (node is not DescriptorList list)
        {
            log.Error(node, $"metadata.links must be a list, not {node.Shape}");
            return links;
        }

        foreach (var item in list.Items)
        {
            if (item is not DescriptorMap link)
            {
                log.Error(item, $"a link must be a map with a url, not {item.Shape}");
                continue;
            }

            var url = link.Text("url");
            if (string.IsNullOrWhiteSpace(url))
            {
                log.Error(link["url"] ?? link, "a link needs a url");
                continue;
            }

            foreach (var key in new[] { "title", "icon", "type" })
            {
                if (link[key] is { } value and not DescriptorScalar)
                {
                    log.Error(value, $"link {key} must be text, not {value.Shape}");
                }
            }

            links.Add(new EntityLink(url, link.Text("title"), link.Text("icon"), link.Text("type")));
        }

        return links;
    }
}
