using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Search;

/// <summary>
/// The fallback when no intent is recognised: the top three search hits, each with its owner and first link, and the
/// documentation section the question matches strongly, if any (see <see cref="PageMention"/>).
/// </summary>
internal sealed class SearchSkill : ISkill
{
    private const int Hits = 3;

    public string Intent => Intents.Search;

    public SubjectNeed Subject => SubjectNeed.None;

    public Answer Answer(SkillRequest request)
    {
        var text = request.Parsed.Text;
        var hits = request.Catalog.Search(text, Hits).Hits
            .Select(h => request.Snapshot.Get(h.Entity.Ref))
            .OfType<Catalog.Entities.Entity>()
            .ToList();
        var page = PageMention.Find(request);
        if (hits.Count == 0 && page is null)
        {
            return new AnswerComposer(Intent)
                .Say($"I didn't understand \"{Understanding.QuestionText.Echo(text)}\" and found nothing like it in the catalog. Type \"help\" to see what I can answer.")
                .Build();
        }

        var answer = new AnswerComposer(Intent).Title($"Search: {Understanding.QuestionText.Echo(text)}")
            .Say($"Best matches for \"{Understanding.QuestionText.Echo(text)}\":");
        if (page is not null && hits.Count == 0)
        {
            PageMention.Write(answer, request, page);
            return answer.Build();
        }

        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var owner = request.Snapshot.OwnerContactOf(hit.Ref)?.Owner;
            var summary = hit.Metadata.Description is { } d ? $": {Shorten(d)}" : string.Empty;
            answer.Name(hit).Source(hit).Line($"{i + 1}. {EntityNames.Named(hit)} ({hit.Kind}{(owner is null ? string.Empty : $", owned by {EntityNames.Label(owner)}")}){summary}");
            if (hit.Metadata.Links.Count > 0)
            {
                answer.Link(hit.Metadata.Links[0]);
            }
        }

        if (page is not null)
        {
            PageMention.Write(answer, request, page);
        }

        return answer.Build();
    }

    private static string Shorten(string text)
    {
        var flat = text.Trim().ReplaceLineEndings(" ");
        return flat.Length > 120 ? string.Concat(flat.AsSpan(0, 117), "...") : flat;
    }
}
