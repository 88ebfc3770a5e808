using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework adapter does the work. Anything that escapes it happened before the turn
/// (turn errors end in the adapter's <c>OnTurnError</c>): a token that is missing, malformed, forged, or cannot be
/// checked. That is a 401 with no detail, never a 500 with a stack.
/// </summary>
internal static partial class TeamsEndpoint
{
    public static async Task MessagesAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, ILogger<TeamsBot> logger)
    {
        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            LogRefused(logger, e.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Teams request whose token could not be validated ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);
}
