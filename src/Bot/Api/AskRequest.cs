namespace Wayfinder.Bot.Api;

/// <summary>The body of <c>POST /api/ask</c>.</summary>
/// <param name="Question">The question, as a person would type it in chat.</param>
public sealed record AskRequest(string? Question);
