namespace Wayfinder.Bench.GitHubLoad;

/// <summary>
/// One repository of the generated organisation: its files at the head of <c>main</c> and listing fields, plus what
/// the catalog should make of it (entities and pages), so the run can check the load against the plan.
/// </summary>
/// <param name="Name">Repository name (also the name of its Component).</param>
/// <param name="Files">Path to text.</param>
/// <param name="Description">The listing's description, or <c>null</c>.</param>
/// <param name="Topics">The listing's topics.</param>
/// <param name="Archived">Archived: listed, not read (discovery skips archived repositories by default).</param>
/// <param name="Fork">A fork: listed, not read (discovery skips forks by default).</param>
/// <param name="ComponentDescription">The descriptor's Component description; <c>null</c> without a descriptor.</param>
/// <param name="Entities">Entities the catalog should load from it (0 when archived or a fork).</param>
/// <param name="Pages">README and <c>docs/*.md</c> pages the catalog should load from it (0 when archived or a fork).</param>
internal sealed record GeneratedRepository(
    string Name,
    Dictionary<string, string> Files,
    string? Description,
    string[] Topics,
    bool Archived,
    bool Fork,
    string? ComponentDescription,
    int Entities,
    int Pages)
{
    /// <summary>Read by discovery with its default options.</summary>
    public bool Included => !Archived && !Fork;

    /// <summary>Has a <c>catalog-info.yaml</c>.</summary>
    public bool HasDescriptor => ComponentDescription is not null;
}
