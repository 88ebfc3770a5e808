namespace Wayfinder.Bench.GitHubLoad;

/// <summary>Everything the GitHub discovery run measured.</summary>
/// <param name="Repositories">Repositories in the organisation (listed), archived and forks included.</param>
/// <param name="Read">Repositories discovery reads (not archived, not forks).</param>
/// <param name="Latency">Delay the fake added to every answer.</param>
/// <param name="Seed">Generator seed.</param>
/// <param name="Files">Files in the organisation.</param>
/// <param name="Mappings">WireMock mappings serving it (every request is matched against all of them).</param>
/// <param name="Pushed">Repositories pushed to before the last phase.</param>
/// <param name="PublishTime">Time the fake took to map the organisation (not part of any phase).</param>
/// <param name="FakeOk">Median round trip of an unconditional list page request (a 200) straight to the fake, latency included.</param>
/// <param name="FakeNotModified">The same for a conditional one (a 304): the fake's own cost per request.</param>
/// <param name="Phases">Cold, warm unchanged, warm after pushes.</param>
internal sealed record GitHubLoadResult(
    int Repositories, int Read, TimeSpan Latency, int Seed, int Files, int Mappings, int Pushed, TimeSpan PublishTime, TimeSpan FakeOk, TimeSpan FakeNotModified,
    IReadOnlyList<GitHubPhase> Phases);
