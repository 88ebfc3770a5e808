using Microsoft.Extensions.Logging;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Understanding;

namespace Wayfinder.Skills.Asking;

/// <summary>
/// The data flow of one question (design.md): clean the text, find the intent and subject phrase, resolve the subject
/// against one catalog snapshot, let the subject's kind settle the intent, then ask that intent's skill.
/// </summary>
internal sealed partial class QuestionAnswerer(ICatalog catalog, IEnumerable<ISkill> skills, ILogger<QuestionAnswerer> logger) : IQuestionAnswerer
{
    private readonly Dictionary<string, ISkill> _skills = skills.ToDictionary(s => s.Intent, StringComparer.Ordinal);
    private readonly EntityResolver _resolver = new(catalog);

    public async ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = catalog.Snapshot;
        var text = QuestionText.Clean(question.Text);
        if (text.Length == 0)
        {
            return new AnswerComposer(Intents.Unknown)
                .Say("Ask me who owns a service, where its docs or runbook are, or who is on call. Type \"help\" for examples.").Build();
        }

        if (catalog.Status.State == CatalogState.Loading && snapshot.Entities.Count == 0)
        {
            return new AnswerComposer(Intents.Unknown)
                .Say("I'm still loading the catalog. Ask me again in a few seconds.").Build();
        }

        var parsed = QuestionParser.Parse(text);
        var answer = Answer(parsed, question.ChosenSubject, snapshot, out var found) ?? await AnswerFoundAsync(found!, cancellationToken);

        LogAnswered(logger, answer.Intent, answer.Subject, answer.Alternatives.Count);
        return answer;
    }

    /// <summary>A resolved subject's answer from its intent's skill, awaiting live sources when the skill has them.</summary>
    private static async ValueTask<Answer> AnswerFoundAsync(FoundSubject found, CancellationToken cancellationToken)
    {
        var answer = found.Skill is IAsyncSkill live
            ? await live.AnswerAsync(found.Request, cancellationToken)
            : found.Skill.Answer(found.Request);
        answer = found.Resolution.Kind == ResolutionKind.Ambiguous ? WithSharedOwnerNote(answer, found.Resolution) : answer;
        return found.Resolution.TypoDistance > 0 ? WithTypoNote(answer, found.Resolution) : answer;
    }

    /// <summary>The answer; or <c>null</c>, with the skill and request for the resolved subject in <paramref name="found"/>.</summary>
    private Answer? Answer(ParsedQuestion parsed, string? chosen, CatalogSnapshot snapshot, out FoundSubject? found)
    {
        found = null;
        var skill = _skills[parsed.Intent];
        if (parsed.Cues is null || skill.Subject == SubjectNeed.None)
        {
            return skill.Answer(new SkillRequest(parsed, null, snapshot, catalog));
        }

        if (parsed.Cues.IsNeed && chosen is null && skill.Answer(new SkillRequest(parsed, null, snapshot, catalog)) is { Subject: not null } met)
        {
            return met;
        }

        var resolution = Resolve(parsed, chosen, snapshot);
        switch (resolution.Kind)
        {
            case ResolutionKind.Found:
                var intent = parsed.Cues.IntentFor(resolution.Entity!.Ref.Kind);
                found = new FoundSubject(_skills[intent], new SkillRequest(parsed, resolution.Entity, snapshot, catalog), resolution);
                return null;
            case ResolutionKind.Ambiguous when SharedOwner(parsed.Cues, resolution, snapshot):
                // "who owns payments" when the Component and the API called payments have the same owner: that owner is
                // the answer whichever was meant, so it is given (about the first) and the others are named.
                found = new FoundSubject(_skills[Intents.Owner], new SkillRequest(parsed, resolution.Candidates[0], snapshot, catalog), resolution);
                return null;
            case ResolutionKind.Ambiguous:
                return ResolutionAnswers.Ambiguous(CommonIntent(parsed.Cues, resolution.Candidates), resolution);
            case ResolutionKind.NotFound when IsDescription(resolution.Phrase):
                // Three or more words that name nothing describe something: search for it.
                return _skills[Intents.Search].Answer(new SkillRequest(parsed, null, snapshot, catalog));
            case ResolutionKind.NotFound when skill.Subject == SubjectNeed.Required:
                return ResolutionAnswers.NotFound(skill.Intent, resolution);
            case ResolutionKind.NoPhrase when skill.Subject == SubjectNeed.Required:
                return ResolutionAnswers.NoSubject(skill.Intent, Example(skill.Intent));
            default:
                return skill.Answer(new SkillRequest(parsed, null, snapshot, catalog));
        }
    }

    private Resolution Resolve(ParsedQuestion parsed, string? chosen, CatalogSnapshot snapshot)
    {
        if (chosen is not null && EntityRef.TryParse(chosen, null, "default", out var chosenRef, out _) && snapshot.Get(chosenRef) is { } picked)
        {
            return new Resolution(ResolutionKind.Found, parsed.SubjectPhrase, picked, []);
        }

        var expected = ExpectedKinds.For(parsed.Intent);
        var resolution = InNamespaceOfQuestion(_resolver.Resolve(snapshot, parsed.SubjectPhrase, expected), parsed, snapshot);

        // "who owns it", "X is down, who do I page?": the name is elsewhere in the question.
        return resolution.Kind == ResolutionKind.NoPhrase
            ? _resolver.Resolve(snapshot, parsed.Text, expected, withinQuestion: true) is { Kind: ResolutionKind.Found or ResolutionKind.Ambiguous } inQuestion
                ? inQuestion
                : resolution
            : resolution;
    }

    private static bool IsDescription(string phrase) => SubjectTokens.Split(phrase).Count(w => !FillerWords.IsWeak(w)) >= 3;

    /// <summary>"which team does the guest in development belong to": a namespace outside the subject phrase settles a tie.</summary>
    private static Resolution InNamespaceOfQuestion(Resolution resolution, ParsedQuestion parsed, CatalogSnapshot snapshot)
    {
        if (resolution.Kind != ResolutionKind.Ambiguous
            || NamespaceHint.Extract(SubjectTokens.Split(parsed.Text), snapshot.Namespaces).Namespace is not { } inNamespace)
        {
            return resolution;
        }

        var inIt = resolution.Candidates.Where(c => c.Ref.Namespace == inNamespace).ToList();
        return inIt.Count == 1 ? resolution with { Kind = ResolutionKind.Found, Entity = inIt[0], Candidates = [] } : resolution;
    }

    /// <summary>The intent every candidate would get, or the cue's own when they differ.</summary>
    private static string CommonIntent(CueSet cues, IReadOnlyList<Entity> candidates)
    {
        var intents = candidates.Select(c => cues.IntentFor(c.Ref.Kind)).Distinct(StringComparer.Ordinal).ToList();
        return intents.Count == 1 ? intents[0] : cues.Intent;
    }

    /// <summary>True for a who-owns question whose candidates all have one and the same owner.</summary>
    private static bool SharedOwner(CueSet cues, Resolution resolution, CatalogSnapshot snapshot) =>
        CommonIntent(cues, resolution.Candidates) == Intents.Owner
        && resolution.Candidates.Select(c => snapshot.OwnerContactOf(c.Ref)?.OwnerRef).Distinct().ToList() is [{ } _];

    private static Answer WithSharedOwnerNote(Answer answer, Resolution resolution)
    {
        var others = resolution.Candidates.Skip(1).ToList();
        var names = string.Join("; ", others.Select(o => $"{EntityNames.Named(o)} ({o.Ref})"));
        var same = resolution.Candidates.Count == 2 ? "both have" : "all have";
        return answer with
        {
            Text = $"{answer.Text}\n(\"{QuestionText.Echo(resolution.Phrase)}\" also names {names}; {same} the same owner.)",
            Refs = [.. answer.Refs, .. others.Select(o => o.Ref.ToString()).Where(r => !answer.Refs.Contains(r))],
        };
    }

    private static Answer WithTypoNote(Answer answer, Resolution resolution) => answer with
    {
        Text = $"{answer.Text}\n(Reading \"{QuestionText.Echo(resolution.Phrase)}\" as {(resolution.Entity ?? resolution.Candidates[0]).Metadata.Name}.)",
    };

    private static string Example(string intent) => intent switch
    {
        Intents.Members => "who is on team-a",
        Intents.OwnedBy => "what does team-a own",
        Intents.Person => "which team is jane.doe on",
        _ => $"{intent} checkout-service",
    };

    private sealed record FoundSubject(ISkill Skill, SkillRequest Request, Resolution Resolution);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answered intent {Intent}, subject {Subject}, {Alternatives} alternative(s)")]
    private static partial void LogAnswered(ILogger logger, string intent, string? subject, int alternatives);
}
