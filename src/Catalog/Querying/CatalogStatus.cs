namespace Wayfinder.Catalog.Querying;

/// <summary>How the catalog's loads are going, for health checks and logs.</summary>
/// <param name="State">Loading, loaded or failed.</param>
/// <param name="Entities">Entities served.</param>
/// <param name="Errors">Errors in the load being served.</param>
/// <param name="Warnings">Warnings in the load being served.</param>
/// <param name="LoadedAt">When the served catalog was loaded, or <c>null</c>.</param>
/// <param name="LoadDuration">How long the served load (read, validate, relate, index) took.</param>
/// <param name="LastFailure">Why the most recent load was not published, or <c>null</c> when it was.</param>
public sealed record CatalogStatus(
    CatalogState State,
    int Entities,
    int Errors,
    int Warnings,
    DateTimeOffset? LoadedAt,
    TimeSpan LoadDuration,
    string? LastFailure)
{
    /// <summary>The status before the first load finishes.</summary>
    public static CatalogStatus Initial { get; } = new(CatalogState.Loading, 0, 0, 0, null, TimeSpan.Zero, null);
}
