namespace Wayfinder.Bot.Onboarding.Delivery;

/// <summary>A nudge ready to send: the plan title, the filled-in text, its links, and the steps a Done button completes.</summary>
/// <param name="EnrollmentId">The enrolment, for the Done button.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="Text">The message with its placeholders filled in (Markdown from the plan author).</param>
/// <param name="Links">Buttons: title and URL.</param>
/// <param name="DoneSteps">Steps the person can tick off from this message.</param>
internal sealed record NudgeMessage(string EnrollmentId, string Title, string Text, IReadOnlyList<(string Title, string Url)> Links, IReadOnlyList<string> DoneSteps)
{
    /// <summary>Identifies the nudge (<c>enrolment/nudge</c>), so a platform can tell whether it already delivered it.</summary>
    public string Key { get; init; } = "";

    /// <summary>True when a crashed node may have sent it already: the platform checks before sending again.</summary>
    public bool MaybeSent { get; init; }
}
