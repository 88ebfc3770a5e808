using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.OnCall.Opsgenie;
using Wayfinder.Bot.OnCall.PagerDuty;
using Wayfinder.Skills.OnCall;

namespace Wayfinder.Bot.OnCall;

/// <summary>Registers live on-call: PagerDuty and Opsgenie clients behind the skills' <see cref="IOnCallRoster"/>.</summary>
public static class OnCallSetup
{
    /// <summary>
    /// Adds the live roster (see <see cref="OnCallOptions"/>). A provider without a token is not asked; on-call answers
    /// for entities routed to it say live on-call isn't configured.
    /// </summary>
    public static IServiceCollection AddOnCall(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnCallOptions>().BindConfiguration(OnCallOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.PagerDuty.BaseUrl.IsAbsoluteUri && o.Opsgenie.BaseUrl.IsAbsoluteUri, "OnCall:PagerDuty:BaseUrl and OnCall:Opsgenie:BaseUrl must be absolute URLs.")
            .ValidateOnStart();
        var timeout = (configuration.GetSection(OnCallOptions.Section).Get<OnCallOptions>() ?? new OnCallOptions()).Timeout;
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddHttpClient<PagerDutyClient>((provider, client) => PagerDutyClient.Configure(client, Options(provider).PagerDuty))
            .AddStandardResilienceHandler(o => Quick(o, timeout));
        services.AddHttpClient<OpsgenieClient>((provider, client) => OpsgenieClient.Configure(client, Options(provider).Opsgenie))
            .AddStandardResilienceHandler(o => Quick(o, timeout));
        services.Replace(ServiceDescriptor.Singleton<IOnCallRoster, LiveOnCallRoster>());
        return services;
    }

    /// <summary>The URL with a trailing slash, so relative paths append to its path instead of replacing its last segment.</summary>
    internal static Uri WithTrailingSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    private static OnCallOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<OnCallOptions>>().Value;

    /// <summary>One quick retry, all within <paramref name="timeout"/>: an answer never waits long for a provider.</summary>
    private static void Quick(HttpStandardResilienceOptions options, TimeSpan timeout)
    {
        options.TotalRequestTimeout.Timeout = timeout;
        options.AttemptTimeout.Timeout = timeout;
        options.Retry.MaxRetryAttempts = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.CircuitBreaker.SamplingDuration = timeout * 2 > TimeSpan.FromSeconds(30) ? timeout * 2 : TimeSpan.FromSeconds(30);
    }
}
