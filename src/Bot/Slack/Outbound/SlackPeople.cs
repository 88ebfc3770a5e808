using System.Collections.Concurrent;

namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>A Slack user's email (<c>users.info</c>), cached for an hour; <c>null</c> for bots, deactivated users and failures.</summary>
internal sealed class SlackPeople(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (string? Email, DateTimeOffset At)> _emails = new(StringComparer.Ordinal);

    public async Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken)
    {
        if (_emails.TryGetValue(userId, out var cached) && time.GetUtcNow() - cached.At < CacheFor)
        {
            return cached.Email;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var user = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().UserInfoAsync(userId, cancellationToken).ConfigureAwait(false);
            var email = user.Deleted || user.IsBot ? null : user.Email;
            _emails[userId] = (email, time.GetUtcNow());
            return email;
        }
        catch (Exception e) when (SlackFailures.IsUnavailable(e))
        {
            return null;
        }
    }
}
