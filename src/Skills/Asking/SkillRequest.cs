using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Understanding;

namespace Wayfinder.Skills.Asking;

/// <summary>Everything a skill gets: the question understood, its subject (when resolved) and one catalog version.</summary>
/// <param name="Parsed">The intent cues and subject phrase.</param>
/// <param name="Subject">The resolved entity; <c>null</c> for skills that take none or when an optional subject was not found.</param>
/// <param name="Snapshot">The catalog version every fact must come from.</param>
/// <param name="Catalog">For ranked search.</param>
internal sealed record SkillRequest(ParsedQuestion Parsed, Entity? Subject, CatalogSnapshot Snapshot, ICatalog Catalog)
{
    /// <summary>The subject, for skills that require one.</summary>
    public Entity RequiredSubject => Subject ?? throw new InvalidOperationException("This skill needs a subject.");
}
