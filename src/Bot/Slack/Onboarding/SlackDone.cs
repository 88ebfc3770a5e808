namespace Wayfinder.Bot.Slack.Onboarding;

/// <summary>What a nudge's Done button carries: the enrolment and the steps it completes (untrusted when it comes back).</summary>
internal sealed record SlackDone(string Enrollment, IReadOnlyList<string> Steps);
