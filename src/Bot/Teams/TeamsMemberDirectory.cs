using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Rest;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// <see cref="ITeamsMemberDirectory"/> over <c>TeamsInfo.GetMemberAsync</c>, cached per tenant and user for an hour
/// (Teams limits roster calls per bot and conversation). A failed lookup answers <c>null</c>; it never fails a turn.
/// </summary>
internal sealed partial class TeamsMemberDirectory(TimeProvider time, ILogger<TeamsMemberDirectory> logger) : ITeamsMemberDirectory
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (string? Email, DateTimeOffset At)> _cache = new(StringComparer.Ordinal);

    public async Task<string?> EmailOfSenderAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        if (from?.Id is null)
        {
            return null;
        }

        var key = $"{turn.Activity.Conversation?.TenantId}:{from.AadObjectId ?? from.Id}";
        if (_cache.TryGetValue(key, out var cached) && time.GetUtcNow() - cached.At < CacheFor)
        {
            return cached.Email;
        }

        try
        {
            var member = await TeamsInfo.GetMemberAsync(turn, from.Id, cancellationToken).ConfigureAwait(false);
            var email = (member.Email ?? member.UserPrincipalName)?.Trim().ToLowerInvariant();
            _cache[key] = (email, time.GetUtcNow());
            return email;
        }
        catch (Exception e) when (e is Microsoft.Bot.Schema.ErrorResponseException or HttpOperationException or HttpRequestException or InvalidOperationException)
        {
            LogLookupFailed(logger, e.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up a Teams member's email ({Error})")]
    private static partial void LogLookupFailed(ILogger logger, string error);
}
