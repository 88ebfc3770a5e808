namespace Wayfinder.Bot.Onboarding.AutoEnroll;

/// <summary>Someone who has just arrived on a chat platform (joined the Slack workspace, installed the Teams app).</summary>
/// <param name="Email">Their email, as the platform knows it.</param>
/// <param name="TimeZone">The IANA time zone the platform reported with the arrival, if any.</param>
/// <param name="Platform">Where they arrived: <c>slack</c> or <c>teams</c>.</param>
internal sealed record Newcomer(string Email, string? TimeZone, string Platform);
