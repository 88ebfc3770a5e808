namespace Wayfinder.Catalog.GitHub;

/// <summary>Paths inside a repository: <c>/</c>-separated, relative to its root.</summary>
internal static class RepositoryPath
{
    /// <summary>
    /// The target relative to the folder of <paramref name="from"/> (a leading <c>/</c> means the repository root), with
    /// <c>.</c> and <c>..</c> resolved; <c>null</c> when it leaves the repository or names no file.
    /// </summary>
    public static string? Resolve(string from, string target)
    {
        var parts = new List<string>();
        if (!target.StartsWith('/'))
        {
            parts.AddRange(from.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipLast(1));
        }

        foreach (var part in target.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return parts.Count > 0 ? string.Join('/', parts) : null;
    }
}
