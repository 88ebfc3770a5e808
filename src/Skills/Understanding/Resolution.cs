using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Understanding;

/// <summary>The outcome of resolving a subject phrase.</summary>
/// <param name="Kind">Found, ambiguous, not found, or no phrase.</param>
/// <param name="Phrase">The phrase as the person typed it (for "I don't know …").</param>
/// <param name="Entity">The entity when found.</param>
/// <param name="Candidates">The equally good entities when ambiguous; "did you mean" entities when not found.</param>
/// <param name="TypoDistance">Edits between the phrase and the name found (0 for an exact match).</param>
internal sealed record Resolution(ResolutionKind Kind, string Phrase, Entity? Entity, IReadOnlyList<Entity> Candidates, int TypoDistance = 0)
{
    public static Resolution NoPhrase(string phrase) => new(ResolutionKind.NoPhrase, phrase, null, []);

    public static Resolution NotFound(string phrase, IReadOnlyList<Entity> didYouMean) => new(ResolutionKind.NotFound, phrase, null, didYouMean);
}
