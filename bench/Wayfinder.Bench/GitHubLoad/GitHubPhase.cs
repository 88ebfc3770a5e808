namespace Wayfinder.Bench.GitHubLoad;

/// <summary>One measured <c>ReloadAsync</c>.</summary>
/// <param name="Name">cold, warm unchanged, warm after pushes.</param>
/// <param name="Wall">Wall time of <c>ReloadAsync</c> (local groups file, GitHub discovery, relations, index).</param>
/// <param name="Server">Requests the fake received, by kind and answer.</param>
/// <param name="ClientRequests">Requests <c>GitHubApi.Stats</c> counted in the phase (retries included).</param>
/// <param name="ClientNotModified">Of those, answered 304.</param>
/// <param name="Entities">Entities in the catalog after the phase (local groups included).</param>
/// <param name="Pages">Documentation pages in the catalog after the phase.</param>
/// <param name="Errors">Errors of the load.</param>
/// <param name="Warnings">Warnings of the load.</param>
internal sealed record GitHubPhase(
    string Name, TimeSpan Wall, RequestCounts Server, int ClientRequests, int ClientNotModified, int Entities, int Pages, int Errors, int Warnings);
