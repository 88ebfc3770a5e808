namespace Wayfinder.Skills.Asking;

/// <summary>A question as a channel adapter hands it over.</summary>
/// <param name="Text">What the person typed, as received (mentions and chat markup are removed here).</param>
public sealed record Question(string Text)
{
    /// <summary>Who asked, as the channel identifies them (e.g. a Slack user id); <c>null</c> when unknown.</summary>
    public string? Asker { get; init; }

    /// <summary>Where it was asked (channel or conversation id); <c>null</c> for the CLI and HTTP API.</summary>
    public string? Conversation { get; init; }

    /// <summary>
    /// The entity ref the person picked from an earlier answer's alternatives: the question is answered for it
    /// rather than for whatever its words resolve to.
    /// </summary>
    public string? ChosenSubject { get; init; }
}
