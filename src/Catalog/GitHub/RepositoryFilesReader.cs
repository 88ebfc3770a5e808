using System.Text.Json;

namespace Wayfinder.Catalog.GitHub;

/// <summary>Reads the answer to <see cref="RepositoryFilesQuery"/>: the files of each repository asked for, by node id.</summary>
internal static class RepositoryFilesReader
{
    /// <summary>Markdown files kept from one docs folder (in path order); a bigger folder is cut.</summary>
    public const int MaxDocsPages = 100;

    /// <summary>
    /// The files of each repository, in the order asked; <c>null</c> for a repository that is gone (deleted since it was
    /// listed) or empty (no default branch). Any other error GitHub reports is thrown.
    /// </summary>
    public static IReadOnlyList<RepositoryFiles?> Read(JsonElement answer, int asked, GitHubOptions options)
    {
        ThrowOnErrors(answer);
        var result = new RepositoryFiles?[asked];
        if (!answer.TryGetProperty("data", out var data) || !data.TryGetProperty("nodes", out var nodes) || nodes.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("GitHub GraphQL: the answer has no data.nodes");
        }

        var i = 0;
        foreach (var node in nodes.EnumerateArray())
        {
            if (i < asked)
            {
                result[i++] = node.ValueKind == JsonValueKind.Object ? ReadRepository(node, options) : null;
            }
        }

        return result;
    }

    private static RepositoryFiles? ReadRepository(JsonElement node, GitHubOptions options)
    {
        if (!node.TryGetProperty("defaultBranchRef", out var branch) || branch.ValueKind != JsonValueKind.Object
            || branch.GetProperty("target").GetProperty("oid").GetString() is not { } commit)
        {
            return null;
        }

        var codeOwners = CodeOwners.Locations.Select((path, n) => Blob(node, $"codeOwners{n}", path)).FirstOrDefault(f => f is not null);
        var pages = new List<RepositoryFile>();
        if (options.ReadmePath.Length > 0 && Blob(node, "readme", options.ReadmePath) is { } readme)
        {
            pages.Add(readme);
        }

        if (options.DocsPath.Length > 0)
        {
            pages.AddRange(DocsPages(node, options.DocsPath));
        }

        return new RepositoryFiles(branch.GetProperty("name").GetString() ?? string.Empty, commit,
            Blob(node, "descriptor", options.DescriptorPath), codeOwners, pages);
    }

    private static IEnumerable<RepositoryFile> DocsPages(JsonElement node, string docsPath)
    {
        if (!node.TryGetProperty("docs", out var docs) || docs.ValueKind != JsonValueKind.Object || !docs.TryGetProperty("entries", out var entries))
        {
            return [];
        }

        return entries.EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "blob"
                && e.GetProperty("name").GetString() is { } name && name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Select(e => File(e.GetProperty("object"),
                e.TryGetProperty("path", out var path) && path.GetString() is { } p ? p : $"{docsPath.Trim('/')}/{e.GetProperty("name").GetString()}"))
            .OfType<RepositoryFile>()
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Take(MaxDocsPages);
    }

    private static RepositoryFile? Blob(JsonElement node, string field, string path) =>
        node.TryGetProperty(field, out var blob) ? File(blob, path.Trim('/')) : null;

    private static RepositoryFile? File(JsonElement blob, string path) =>
        blob.ValueKind == JsonValueKind.Object && blob.TryGetProperty("text", out var text) && text.GetString() is { } value
            && !(blob.TryGetProperty("isBinary", out var binary) && binary.ValueKind == JsonValueKind.True)
            ? new RepositoryFile(path, value, blob.TryGetProperty("isTruncated", out var cut) && cut.ValueKind == JsonValueKind.True)
            : null;

    /// <summary>Errors other than a node that is not found (a repository deleted since it was listed) fail the load.</summary>
    private static void ThrowOnErrors(JsonElement answer)
    {
        if (!answer.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var error in errors.EnumerateArray())
        {
            var type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type != "NOT_FOUND")
            {
                var message = error.TryGetProperty("message", out var m) ? m.GetString() : "no message";
                throw new InvalidOperationException($"GitHub GraphQL: {type ?? "error"}: {message}");
            }
        }
    }
}
