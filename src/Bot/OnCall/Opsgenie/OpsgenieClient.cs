using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Wayfinder.Skills.OnCall;

namespace Wayfinder.Bot.OnCall.Opsgenie;

/// <summary>
/// Opsgenie's REST API: the enabled schedules a team owns (as Backstage's Opsgenie plugin finds a team's on-call),
/// then each schedule's current on-call recipients.
/// </summary>
internal sealed class OpsgenieClient(HttpClient http, IOptions<OnCallOptions> options, TimeProvider time)
{
    private const int SchedulesAsked = 3;

    /// <summary>Sets the base address and the API key header.</summary>
    public static void Configure(HttpClient client, OpsgenieOptions options)
    {
        client.BaseAddress = OnCallSetup.WithTrailingSlash(options.BaseUrl);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("GenieKey", options.ApiKey);
    }

    /// <summary>Who is on call now for the team <paramref name="route"/> names.</summary>
    public async Task<RosterLookup> CurrentAsync(OnCallRoute route, CancellationToken cancellationToken)
    {
        var listed = await http.GetFromJsonAsync(new Uri("v2/schedules", UriKind.Relative), OpsgenieJsonContext.Default.OpsgenieSchedulesResponse, cancellationToken);
        var schedules = (listed?.Data ?? [])
            .Where(s => s.Enabled && string.Equals(s.OwnerTeam?.Name, route.Key, StringComparison.OrdinalIgnoreCase))
            .Take(SchedulesAsked)
            .ToList();
        if (schedules.Count == 0)
        {
            return RosterLookup.Failed(route, RosterOutcome.Unavailable, $"has no enabled schedule for team {route.Key}");
        }

        var people = new List<OnCallPerson>();
        foreach (var schedule in schedules)
        {
            var path = $"v2/schedules/{Uri.EscapeDataString(schedule.Id)}/on-calls?scheduleIdentifierType=id&flat=true";
            var current = await http.GetFromJsonAsync(new Uri(path, UriKind.Relative), OpsgenieJsonContext.Default.OpsgenieOnCallsResponse, cancellationToken);
            people.AddRange((current?.Data?.OnCallRecipients ?? [])
                .Where(r => people.TrueForAll(p => p.Name != r))
                .Select(r => new OnCallPerson(r, null, schedule.Name, null)));
        }

        return new RosterLookup
        {
            Outcome = RosterOutcome.Found,
            Route = route,
            People = people,
            AsOf = time.GetUtcNow(),
            SourceName = $"{(schedules.Count == 1 ? "schedule" : "schedules")} {string.Join(", ", schedules.Select(s => s.Name ?? s.Id))}",
            SourceUrl = options.Value.Opsgenie.WebUrl is { } web ? new Uri(OnCallSetup.WithTrailingSlash(web), "schedule/whoIsOnCall").ToString() : null,
        };
    }
}
