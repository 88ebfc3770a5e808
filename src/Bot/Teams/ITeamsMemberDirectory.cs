using Microsoft.Bot.Builder;

namespace Wayfinder.Bot.Teams;

/// <summary>The email of the person behind a turn (Teams' roster), behind our own interface so tests can fake it.</summary>
internal interface ITeamsMemberDirectory
{
    /// <summary>The sender's email (lower-case), or <c>null</c> when Teams does not say.</summary>
    Task<string?> EmailOfSenderAsync(ITurnContext turn, CancellationToken cancellationToken);
}
