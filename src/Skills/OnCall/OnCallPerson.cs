namespace Wayfinder.Skills.OnCall;

/// <summary>One person on call now.</summary>
/// <param name="Name">Display name (Opsgenie gives the username, usually an email).</param>
/// <param name="Email">Email, when the provider gives one apart from the name.</param>
/// <param name="Schedule">The schedule that puts them on call, when there is one.</param>
/// <param name="Until">When their shift ends; <c>null</c> when open-ended or unknown.</param>
public sealed record OnCallPerson(string Name, string? Email, string? Schedule, DateTimeOffset? Until);
