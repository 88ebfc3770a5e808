using System.Text.Json;
using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Loading;

/// <summary>
/// Replaces <c>{$text: file}</c>, <c>{$json: file}</c> and <c>{$yaml: file}</c> maps with the referenced file's text
/// or parsed content. Relative paths are read from <paramref name="source"/> (the descriptor's folder, inside the
/// catalog's folders, or its repository at the commit read); absolute URLs are left as they are (kept as links, not fetched).
/// </summary>
internal sealed class SubstitutionResolver(LoadContext context, ISubstitutionSource source, ProblemLog log)
{
    // An alias repeats one node many times; resolving each node once keeps an aliased substitution to one read.
    private readonly Dictionary<DescriptorNode, DescriptorNode> _resolved = new(ReferenceEqualityComparer.Instance);

    public async Task<DescriptorNode> ResolveAsync(DescriptorNode node, CancellationToken cancellationToken)
    {
        if (node is DescriptorScalar)
        {
            return node;
        }

        if (!_resolved.TryGetValue(node, out var resolved))
        {
            resolved = await ResolveOnceAsync(node, cancellationToken).ConfigureAwait(false);
            _resolved[node] = resolved;
        }

        return resolved;
    }

    private async Task<DescriptorNode> ResolveOnceAsync(DescriptorNode node, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case DescriptorMap { Count: 1 } map when map.KeyAt(0) is "$text" or "$json" or "$yaml":
                return await SubstituteAsync(map, cancellationToken).ConfigureAwait(false);
            case DescriptorMap map:
                var values = new DescriptorNode[map.Count];
                var changed = false;
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = await ResolveAsync(map.ValueAt(i), cancellationToken).ConfigureAwait(false);
                    changed |= !ReferenceEquals(values[i], map.ValueAt(i));
                }

                return changed ? map.WithValues(values) : map;
            case DescriptorList list:
                var items = new DescriptorNode[list.Items.Count];
                var anyChanged = false;
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = await ResolveAsync(list.Items[i], cancellationToken).ConfigureAwait(false);
                    anyChanged |= !ReferenceEquals(items[i], list.Items[i]);
                }

                return anyChanged ? new DescriptorList(items, list.Line, list.Column) : list;
            default:
                return node;
        }
    }

    private async Task<DescriptorNode> SubstituteAsync(DescriptorMap map, CancellationToken cancellationToken)
    {
        var (key, valueNode) = map.Entries[0];
        var target = valueNode.AsText();
        if (string.IsNullOrWhiteSpace(target))
        {
            log.Error(valueNode, $"{key.Value} needs a file path or URL");
            return map;
        }

        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return map;
        }

        var (text, problem) = await source.ReadAsync(target, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            log.Error(valueNode, $"{key.Value} target '{target}'{problem}");
            return map;
        }

        return key.Value switch
        {
            "$text" => new DescriptorScalar(text, isPlain: false, map.Line, map.Column),
            "$json" => ParseJson(text, target, map),
            _ => ParseYaml(text, target, map),
        };
    }

    private DescriptorNode ParseJson(string text, string target, DescriptorMap map)
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = context.Options.MaxDepth });
            return JsonToDescriptor.Convert(json.RootElement, map.Line, map.Column);
        }
        catch (JsonException ex)
        {
            log.Error(map, $"$json target '{target}' is not valid JSON: {ex.Message}");
            return map;
        }
    }

    private DescriptorNode ParseYaml(string text, string target, DescriptorMap map)
    {
        var documents = DescriptorReader.Read(text, context.Limits);
        if (documents.Count == 0)
        {
            return new DescriptorScalar(string.Empty, isPlain: true, map.Line, map.Column);
        }

        if (documents[0].Error is { } error)
        {
            log.Error(map, $"$yaml target '{target}' line {error.Line}: {error.Message}");
            return map;
        }

        return documents[0].Root!;
    }
}
