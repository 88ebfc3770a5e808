using System.Collections.Concurrent;
using Octokit;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// The files last read from each repository, kept while the repository's <c>pushed_at</c> and default branch stay the
/// same. Any push (to any branch) moves <c>pushed_at</c>, so a repository whose listing entry is unchanged has the same
/// files, and a refresh of an unchanged organisation asks for nothing but the repository list (304s).
/// </summary>
internal sealed class RepositoryFilesCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Files read since the repository was last pushed to; <c>false</c> when it must be read (again).</summary>
    public bool TryGet(Repository repository, out RepositoryFiles? files)
    {
        files = null;
        if (repository.PushedAt is not { } pushedAt || !_entries.TryGetValue(repository.NodeId, out var entry)
            || entry.PushedAt != pushedAt || entry.DefaultBranch != repository.DefaultBranch)
        {
            return false;
        }

        files = entry.Files;
        return true;
    }

    /// <summary>Remembers what was read (<c>null</c>: an empty repository) as of the listing entry it was read for.</summary>
    public void Set(Repository repository, RepositoryFiles? files)
    {
        if (repository.PushedAt is { } pushedAt)
        {
            _entries[repository.NodeId] = new Entry(pushedAt, repository.DefaultBranch, files);
        }
    }

    /// <summary>Forgets repositories that are no longer listed (deleted, archived, or out of the configured organisations).</summary>
    public void Retain(IReadOnlySet<string> nodeIds)
    {
        foreach (var id in _entries.Keys.Where(id => !nodeIds.Contains(id)))
        {
            _entries.TryRemove(id, out _);
        }
    }

    private sealed record Entry(DateTimeOffset PushedAt, string DefaultBranch, RepositoryFiles? Files);
}
