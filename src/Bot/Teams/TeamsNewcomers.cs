using Microsoft.Bot.Builder;
using Wayfinder.Bot.Onboarding.AutoEnroll;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// With <c>Onboarding:AutoEnroll</c> on, the app installed for a person (personal scope) queues them for automatic
/// enrolment: their email from Teams' roster (<see cref="ITeamsMemberDirectory"/>), their time zone from the Teams client
/// when the activity carries it. Installs in teams and group chats are not arrivals of a person.
/// </summary>
internal sealed partial class TeamsNewcomers(NewcomerQueue newcomers, ITeamsMemberDirectory members, ILogger<TeamsNewcomers> logger)
{
    public const string Platform = "teams";

    public async Task ArrivedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!newcomers.Enabled || turn.Activity.Conversation?.ConversationType is not (null or "personal"))
        {
            return;
        }

        if (await members.EmailOfSenderAsync(turn, cancellationToken).ConfigureAwait(false) is not { Length: > 0 } email)
        {
            LogNoEmail(logger);
            return;
        }

        var zone = turn.Activity.LocalTimezone is { Length: > 0 } reported ? reported : null;
        if (!newcomers.TryEnqueue(new Newcomer(email, zone, Platform)))
        {
            LogQueueFull(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The Teams app was installed for someone whose email Teams does not give; not enrolled automatically")]
    private static partial void LogNoEmail(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many newcomers waiting to be enrolled; a Teams install was not enrolled automatically")]
    private static partial void LogQueueFull(ILogger logger);
}
