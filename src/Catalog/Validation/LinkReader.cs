using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Validation;

/// <summary>Reads <c>metadata.links</c>: a list of maps with a required <c>url</c> and optional title, icon and type.</summary>
internal static class LinkReader
{
    private static readonly string[] TextKeys = ["title", "icon", "type"];

    public static EntityLink[] Read(DescriptorNode? node, ProblemLog log)
    {
        var items = MetadataList.Items(node, "links", log);
        var links = new List<EntityLink>(items.Count);
        foreach (var item in items)
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

            foreach (var key in TextKeys)
            {
                if (link[key] is { } value and not DescriptorScalar)
                {
                    log.Error(value, $"link {key} must be text, not {value.Shape}");
                }
            }

            links.Add(new EntityLink(url, link.Text("title"), link.Text("icon"), link.Text("type")));
        }

        return links.Count == 0 ? [] : [.. links];
    }
}
