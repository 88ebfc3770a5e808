using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>What must hold after each phase; a violation throws and fails the run.</summary>
internal static class GitHubLoadChecks
{
    /// <summary>No errors, no warnings, no failed requests, and exactly the planned entities and pages; both request counts agree.</summary>
    public static void Counts(GitHubPhase phase, int entities, int pages)
    {
        Require(phase.Errors == 0 && phase.Warnings == 0, phase, $"{phase.Errors} errors and {phase.Warnings} warnings (expected none)");
        Require(phase.Server.OtherStatus == 0 && phase.Server.Other == 0, phase,
            $"{phase.Server.OtherStatus} answers other than 200/304 and {phase.Server.Other} requests to unexpected paths");
        Require(phase.Entities == entities && phase.Pages == pages, phase,
            $"{phase.Entities} entities and {phase.Pages} pages loaded, {entities} and {pages} planned");
        Require(phase.ClientRequests == phase.Server.Total && phase.ClientNotModified == phase.Server.NotModified, phase,
            $"the client counted {phase.ClientRequests} requests ({phase.ClientNotModified} 304s), the server {phase.Server.Total} ({phase.Server.NotModified})");
    }

    /// <summary>An unchanged organisation costs only conditional list requests, every one a 304.</summary>
    public static void OnlyNotModified(GitHubPhase phase) =>
        Require(phase.Server.Total > 0 && phase.Server.NotModified == phase.Server.Total, phase,
            $"{phase.Server.Total - phase.Server.NotModified} of {phase.Server.Total} requests were not answered 304");

    /// <summary>Every pushed Component carries its new description.</summary>
    public static void PushesLoaded(CatalogSnapshot snapshot, IReadOnlyDictionary<string, string> pushed)
    {
        var missed = pushed.Where(p => snapshot.FindByName(p.Key, "component") is not [{ } found, ..] || found.Metadata.Description != p.Value).Select(p => p.Key).ToList();
        if (missed.Count > 0)
        {
            throw new InvalidOperationException($"after pushes: {missed.Count} of {pushed.Count} pushed changes are not in the catalog, e.g. {missed[0]}");
        }
    }

    private static void Require(bool condition, GitHubPhase phase, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{phase.Name}: {failure}");
        }
    }
}
