using Wayfinder.Bot.Onboarding;
using Wayfinder.Bot.Slack.Outbound;

namespace Wayfinder.Bot.Slack.Onboarding;

/// <summary>
/// People's time zones from their Slack profile (<c>users.lookupByEmail</c>, <c>user.tz</c>). Someone Slack does not know,
/// a bot or a deactivated user has none; when Slack fails, this says so in the log and answers none, and the enrolment
/// uses the next source.
/// </summary>
internal sealed partial class SlackTimeZones(IServiceScopeFactory scopes, ILogger<SlackTimeZones> logger) : IPersonTimeZones
{
    public string Source => "slack";

    public async Task<string?> FindAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var user = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().LookupByEmailAsync(email, cancellationToken).ConfigureAwait(false);
            return user.Deleted || user.IsBot ? null : user.TimeZone;
        }
        catch (SlackApiException e) when (e.Error == "users_not_found")
        {
            return null;
        }
        catch (Exception e) when (SlackFailures.IsUnavailable(e) || e is Polly.ExecutionRejectedException)
        {
            LogFailed(logger, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask Slack for a person's time zone ({Reason})")]
    private static partial void LogFailed(ILogger logger, string reason);
}
