namespace Wayfinder.Bot.Teams;

/// <summary>Log messages of the Teams adapter itself.</summary>
internal static partial class TeamsLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "A Teams turn failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception);
}
