namespace Wayfinder.Skills.Answers;

/// <summary>
/// What Wayfinder says back: the one contract between understanding and delivery. Its JSON form (HTTP API and
/// <c>ask --json</c>) is documented in the README; chat renderers build Block Kit, Adaptive Cards or plain text from it.
/// </summary>
public sealed record Answer
{
    /// <summary>Which skill answered (see <see cref="Intents"/>); <c>unknown</c> when none did.</summary>
    public required string Intent { get; init; }

    /// <summary>The resolved entity ref, or <c>null</c> when there was none or it was ambiguous.</summary>
    public string? Subject { get; init; }

    /// <summary>Candidate refs when the subject was ambiguous, or "did you mean" refs when it was not found.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>Every entity the answer names, most important first.</summary>
    public IReadOnlyList<string> Refs { get; init; } = [];

    /// <summary>The answer as plain text (no markup; channels escape it for their format).</summary>
    public required string Text { get; init; }

    /// <summary>Where the facts came from: descriptor file and line.</summary>
    public IReadOnlyList<AnswerSource> Sources { get; init; } = [];

    /// <summary>A short heading for cards, e.g. <c>artist-lookup</c>; <c>null</c> when the answer has none.</summary>
    public string? Title { get; init; }

    /// <summary>Labelled facts for a card's fact set (owner, contact, channel, on-call…), in display order.</summary>
    public IReadOnlyList<AnswerFact> Facts { get; init; } = [];

    /// <summary>Links worth a button: runbooks, docs, dashboards, tools.</summary>
    public IReadOnlyList<AnswerLink> Links { get; init; } = [];
}
