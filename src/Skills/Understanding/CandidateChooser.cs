using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Skills.Understanding;

/// <summary>
/// Picks the entity a set of equally spelled matches means, or says it cannot: a kind the person named wins, then a
/// namespace the person named, then the strongest kind of name (<c>metadata.name</c> over title, alias and display name, those over email), then a kind
/// the intent expects (members are asked of groups). Anything still tied is ambiguous, never guessed.
/// </summary>
internal static class CandidateChooser
{
    public static Resolution Choose(
        string phrase, string? inNamespace, IReadOnlyList<NameMatch> matches, IReadOnlySet<string> hintedKinds, IReadOnlyCollection<string> expectedKinds, int distance = 0)
    {
        IReadOnlyList<NameMatch> left = matches.DistinctBy(m => m.Entity.Ref).ToList();
        left = Narrow(left, m => m.Entity.Ref.Namespace == inNamespace);

        // A Location shares its name with what it loads (acme-corp.yaml loads the acme-corp group); people mean the group.
        left = Narrow(left, m => m.Entity.Ref.Kind != KnownKinds.Location);
        left = Narrow(left, m => hintedKinds.Contains(m.Entity.Ref.Kind));
        var strongest = left.Min(m => Strength(m.Source));
        left = left.Where(m => Strength(m.Source) == strongest).ToList();
        left = Narrow(left, m => expectedKinds.Contains(m.Entity.Ref.Kind));
        var entities = left.Select(m => m.Entity).OrderBy(KindOrder).ThenBy(e => e.Ref.ToString(), StringComparer.Ordinal).ToList();
        return entities.Count == 1
            ? new Resolution(ResolutionKind.Found, phrase, entities[0], [], distance)
            : new Resolution(ResolutionKind.Ambiguous, phrase, null, entities, distance);
    }

    /// <summary>Keeps the matches that pass, unless none does (then the filter says nothing).</summary>
    private static IReadOnlyList<NameMatch> Narrow(IReadOnlyList<NameMatch> matches, Func<NameMatch, bool> keep)
    {
        var kept = matches.Where(keep).ToList();
        return kept.Count > 0 ? kept : matches;
    }

    private static int Strength(NameMatchSource source) => source switch
    {
        NameMatchSource.Name => 0,
        NameMatchSource.Email => 2,
        _ => 1,
    };

    /// <summary>Alternatives are listed software first, then people, as people scan them.</summary>
    private static int KindOrder(Entity entity) => entity.Ref.Kind switch
    {
        KnownKinds.Component => 0,
        KnownKinds.Api => 1,
        KnownKinds.Resource => 2,
        KnownKinds.System => 3,
        KnownKinds.Domain => 4,
        KnownKinds.Group => 5,
        KnownKinds.User => 6,
        _ => 7,
    };
}
