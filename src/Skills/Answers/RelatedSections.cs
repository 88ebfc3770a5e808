using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Skills.Answers;

/// <summary>Writes "lead: a, b, c." lines for relations of an entity, one line per relation that has entities.</summary>
internal static class RelatedSections
{
    /// <summary>Writes each section that has entities; returns how many entities were listed in all.</summary>
    public static int Write(AnswerComposer answer, CatalogSnapshot snapshot, Entity subject, params (string Relation, string Lead)[] sections)
    {
        var total = 0;
        foreach (var (relation, lead) in sections)
        {
            var related = snapshot.Related(subject.Ref, relation);
            if (related.Count > 0)
            {
                answer.List(lead, related);
                total += related.Count;
            }
        }

        return total;
    }
}
