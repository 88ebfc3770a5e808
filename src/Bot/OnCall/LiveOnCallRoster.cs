using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using Wayfinder.Bot.OnCall.Opsgenie;
using Wayfinder.Bot.OnCall.PagerDuty;
using Wayfinder.Skills.OnCall;

namespace Wayfinder.Bot.OnCall;

/// <summary>
/// Asks PagerDuty or Opsgenie who is on call, reusing an answer for <see cref="OnCallOptions.CacheTtl"/> and a failure
/// for <see cref="OnCallOptions.FailureCacheTtl"/>. A provider that is unconfigured, down, slow or refusing becomes an
/// outcome the answer states, never an exception.
/// </summary>
internal sealed partial class LiveOnCallRoster(
    IServiceProvider services, IMemoryCache cache, IOptions<OnCallOptions> options, ILogger<LiveOnCallRoster> logger) : IOnCallRoster
{
    public async ValueTask<RosterLookup> LookUpAsync(OnCallRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (!IsConfigured(route.Provider))
        {
            return RosterLookup.Failed(route, RosterOutcome.NotConfigured, "isn't configured");
        }

        var key = $"oncall:{route.Provider}:{route.Key}";
        if (cache.TryGetValue(key, out RosterLookup? cached) && cached is not null)
        {
            return cached;
        }

        var lookup = await AskAsync(route, cancellationToken);
        var ttl = lookup.Outcome switch
        {
            RosterOutcome.Found => options.Value.CacheTtl,
            RosterOutcome.Unavailable => options.Value.FailureCacheTtl,
            _ => TimeSpan.Zero,
        };
        if (ttl > TimeSpan.Zero)
        {
            cache.Set(key, lookup, ttl);
        }

        return lookup;
    }

    private bool IsConfigured(OnCallProvider provider) => provider switch
    {
        OnCallProvider.PagerDuty => options.Value.PagerDuty.Enabled,
        OnCallProvider.Opsgenie => options.Value.Opsgenie.Enabled,
        _ => false,
    };

    private async Task<RosterLookup> AskAsync(OnCallRoute route, CancellationToken cancellationToken)
    {
        try
        {
            return route.Provider == OnCallProvider.PagerDuty
                ? await services.GetRequiredService<PagerDutyClient>().CurrentAsync(route, cancellationToken)
                : await services.GetRequiredService<OpsgenieClient>().CurrentAsync(route, cancellationToken);
        }
        catch (Exception e) when (IsProviderFailure(e, cancellationToken))
        {
            LogProviderFailed(logger, route.ProviderName, route.Key, e.GetType().Name, (e as HttpRequestException)?.StatusCode);
            return RosterLookup.Failed(route, RosterOutcome.Unavailable, Reason(e));
        }
    }

    private static bool IsProviderFailure(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or ExecutionRejectedException or JsonException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string Reason(Exception e) => e switch
    {
        TimeoutRejectedException or OperationCanceledException => "didn't answer in time",
        HttpRequestException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } => "refused the configured credentials",
        _ => "didn't answer",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "On-call from {Provider} for {Key} failed: {Failure} (HTTP {Status})")]
    private static partial void LogProviderFailed(ILogger logger, string provider, string key, string failure, HttpStatusCode? status);
}
