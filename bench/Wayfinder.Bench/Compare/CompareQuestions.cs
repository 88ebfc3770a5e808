using System.Globalization;
using Wayfinder.Bench.Generation;
using Wayfinder.Bench.Measuring;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bench.Compare;

/// <summary>
/// The comparison's question set, deterministic from the seed: about half who-owns, a quarter docs, a quarter runbook,
/// about Components, APIs, Systems and Resources, each name spelled one of six ways inside one of the intent's
/// paraphrases. The known answer is the entity and its owner as the catalog resolves it.
/// </summary>
internal sealed class CompareQuestions(CatalogSnapshot snapshot, int seed)
{
    private static readonly string[] Styles = ["exact", "spaced", "camel", "typo", "case", "extra-spaces"];
    private static readonly HashSet<string> SubjectKinds = [KnownKinds.Component, KnownKinds.Api, KnownKinds.System, KnownKinds.Resource];

    public List<CompareQuestion> Build(int count)
    {
        var random = new Random(seed);
        var subjects = snapshot.Entities.Where(e => SubjectKinds.Contains(e.Ref.Kind) && NameKey.Of(e.Metadata.Name).Length >= 4).ToList();
        if (subjects.Count == 0)
        {
            throw new InvalidOperationException("the catalog has no Components, APIs, Systems or Resources to ask about");
        }

        var nameCounts = subjects.GroupBy(e => NameKey.Of(e.Metadata.Name)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var questions = new List<CompareQuestion>(count);
        while (questions.Count < count)
        {
            var entity = random.Pick(subjects);
            var owner = OwnerOf.Ref(snapshot, entity.Ref);
            var intent = IntentAt(questions.Count);
            if (intent == CompareIntents.Owner && owner is null)
            {
                continue;
            }

            var style = Styles[random.Next(Styles.Length)];
            var template = random.Pick(CompareIntents.Templates(intent));
            var text = string.Format(CultureInfo.InvariantCulture, template, Spell(random, entity.Metadata.Name, style), KindWord(entity));
            var shared = nameCounts[NameKey.Of(entity.Metadata.Name)] > 1;
            questions.Add(new CompareQuestion(questions.Count + 1, text, intent, style, entity.Ref.ToString(), owner, shared));
        }

        return questions;
    }

    /// <summary>Owner, docs, owner, runbook, repeating: 50% / 25% / 25%.</summary>
    private static string IntentAt(int index) => (index % 4) switch
    {
        1 => CompareIntents.Docs,
        3 => CompareIntents.Runbook,
        _ => CompareIntents.Owner,
    };

    /// <summary>What people call the thing: a service or library, an API, a system, or the resource's type (database, queue, …).</summary>
    private static string KindWord(Entity entity) => entity.Ref.Kind switch
    {
        KnownKinds.Api => "API",
        KnownKinds.System => "system",
        KnownKinds.Resource => entity.Type is { Length: > 0 } type && !type.Contains('-', StringComparison.Ordinal) ? type : "resource",
        _ => entity.Type is "library" or "website" ? entity.Type : "service",
    };

    private static string Spell(Random random, string name, string style) => style switch
    {
        "spaced" => QueryVariants.Spaced(name),
        "camel" => QueryVariants.Camel(name),
        "typo" => QueryVariants.Typo(random, name),
        "case" => random.Chance(0.5) ? name.ToUpperInvariant() : QueryVariants.TitleSpaced(name),
        "extra-spaces" => "  " + QueryVariants.Spaced(name).Replace(" ", "  ", StringComparison.Ordinal) + " ",
        _ => name,
    };
}
