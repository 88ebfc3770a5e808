using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Wayfinder.Skills.OnCall;

namespace Wayfinder.Bot.OnCall.PagerDuty;

/// <summary>
/// PagerDuty's REST API: a service's escalation policy, then who is on call on its first escalation level that has
/// anyone (with names, emails, schedules and shift ends).
/// </summary>
internal sealed class PagerDutyClient(HttpClient http, TimeProvider time)
{
    /// <summary>Sets the base address and the headers PagerDuty asks for.</summary>
    public static void Configure(HttpClient client, PagerDutyOptions options)
    {
        client.BaseAddress = OnCallSetup.WithTrailingSlash(options.BaseUrl);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.pagerduty+json", 0.9) { Parameters = { new NameValueHeaderValue("version", "2") } });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", $"token={options.Token}");
    }

    /// <summary>Who is on call now for the service <paramref name="route"/> names.</summary>
    public async Task<RosterLookup> CurrentAsync(OnCallRoute route, CancellationToken cancellationToken)
    {
        var service = (await GetAsync($"services/{Uri.EscapeDataString(route.Key)}", PagerDutyJsonContext.Default.PagerDutyServiceResponse, cancellationToken))?.Service;
        if (service is null)
        {
            return RosterLookup.Failed(route, RosterOutcome.Unavailable, $"doesn't know service {route.Key}");
        }

        if (service.EscalationPolicy?.Id is not { } policy)
        {
            return RosterLookup.Failed(route, RosterOutcome.Unavailable, $"has no escalation policy for service {route.Key}");
        }

        var query = $"oncalls?escalation_policy_ids[]={Uri.EscapeDataString(policy)}&include[]=users&limit=100";
        var oncalls = (await GetAsync(query, PagerDutyJsonContext.Default.PagerDutyOnCallsResponse, cancellationToken))?.Oncalls ?? [];
        return new RosterLookup
        {
            Outcome = RosterOutcome.Found,
            Route = route,
            People = FirstLevel(oncalls),
            AsOf = time.GetUtcNow(),
            SourceName = $"service {service.Name ?? route.Key}",
            SourceUrl = service.HtmlUrl,
        };
    }

    /// <summary>The people of the lowest escalation level that has anyone, each once.</summary>
    private static List<OnCallPerson> FirstLevel(IReadOnlyList<PagerDutyOnCall> oncalls)
    {
        var withPeople = oncalls.Where(o => o.User is not null).ToList();
        if (withPeople.Count == 0)
        {
            return [];
        }

        var first = withPeople.Min(o => o.EscalationLevel);
        return [.. withPeople
            .Where(o => o.EscalationLevel == first)
            .DistinctBy(o => o.User!.Id ?? o.User.Email ?? o.User.Summary)
            .Select(o => new OnCallPerson(o.User!.Name ?? o.User.Summary ?? o.User.Email ?? "someone", o.User.Email, o.Schedule?.Summary, o.End))];
    }

    /// <summary>The body; <c>null</c> on 404; throws <see cref="HttpRequestException"/> on other failures.</summary>
    private async Task<T?> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(type, cancellationToken);
    }
}
