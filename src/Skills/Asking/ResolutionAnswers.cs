using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Understanding;

namespace Wayfinder.Skills.Asking;

/// <summary>Answers for when the subject could not be settled: which one did you mean, I don't know X, about what.</summary>
internal static class ResolutionAnswers
{
    /// <summary>"petstore could mean: …. Which one?" with every candidate as an alternative.</summary>
    public static Answer Ambiguous(string intent, Resolution resolution)
    {
        var answer = new AnswerComposer(intent).Title($"Which \"{QuestionText.Echo(resolution.Phrase)}\"?");
        foreach (var candidate in resolution.Candidates)
        {
            answer.Name(candidate).Source(candidate);
        }

        var options = string.Join("; ", resolution.Candidates.Select(Option));
        return answer.Say($"\"{QuestionText.Echo(resolution.Phrase)}\" could mean {resolution.Candidates.Count} things: {options}. Which one?")
            .Build() with { Alternatives = Refs(resolution.Candidates) };
    }

    /// <summary>"I don't know X" with up to three "did you mean" alternatives.</summary>
    public static Answer NotFound(string intent, Resolution resolution)
    {
        var answer = new AnswerComposer(intent).Say($"I don't know \"{QuestionText.Echo(resolution.Phrase)}\": nothing in the catalog has that name.");
        if (resolution.Candidates.Count > 0)
        {
            foreach (var candidate in resolution.Candidates)
            {
                answer.Name(candidate);
            }

            answer.Say($"Did you mean {string.Join(", ", resolution.Candidates.Select(Option))}?");
        }

        return answer.Build() with { Alternatives = Refs(resolution.Candidates) };
    }

    /// <summary>A question with an intent but no subject: "who owns?".</summary>
    public static Answer NoSubject(string intent, string example) =>
        new AnswerComposer(intent).Say($"About what? Name a service, API, team or person, for example: \"{example}\".").Build();

    private static string Option(Entity entity) => $"{EntityNames.Named(entity)} ({entity.Ref})";

    private static string[] Refs(IReadOnlyList<Entity> entities) => [.. entities.Select(e => e.Ref.ToString())];
}
