using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// PagerDuty's REST API played by WireMock.Net on loopback, answering only with the right token. Services of the sample
/// catalog: PK7D2QW (checkout-service) and P8NV3KD (pricing-engine) have people on call; PA9TH3Z (auth-service) fails
/// with 500; PE3G7WY (edge-gateway) answers after <see cref="SlowDelay"/>.
/// </summary>
public sealed class FakePagerDuty : IDisposable
{
    public const string Token = "pd-test-token-3f9a";

    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(12);

    public FakePagerDuty()
    {
        Server = WireMockServer.Start();
        Service("PK7D2QW", "Checkout", "PESC001");
        Service("P8NV3KD", "Pricing engine", "PESC002");
        OnCalls("PESC001", PaymentsOnCalls);
        OnCalls("PESC002", PricingOnCalls);
        Server.Given(Authorized("/services/PA9TH3Z")).RespondWith(Response.Create().WithStatusCode(500)
            .WithBody("""{"error":{"message":"Internal Server Error","code":2000}}"""));
        Server.Given(Authorized("/services/PE3G7WY")).RespondWith(Response.Create().WithDelay(SlowDelay).WithStatusCode(200)
            .WithBody(ServiceJson("PE3G7WY", "Edge gateway", "PESC003")));
    }

    public WireMockServer Server { get; }

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Requests(string path) => Server.LogEntries.Count(e => e.RequestMessage.Path == path);

    public void Dispose() => Server.Stop();

    private static IRequestBuilder Authorized(string path) =>
        Request.Create().WithPath(path).UsingGet().WithHeader("Authorization", $"Token token={Token}");

    private void Service(string id, string name, string policy) =>
        Server.Given(Authorized($"/services/{id}")).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody(ServiceJson(id, name, policy)));

    private void OnCalls(string policy, string body) =>
        Server.Given(Authorized("/oncalls").WithParam("escalation_policy_ids[]", policy)).RespondWith(Response.Create()
            .WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    private static string ServiceJson(string id, string name, string policy) => $$"""
        {"service":{"id":"{{id}}","type":"service","summary":"{{name}}","self":"https://api.pagerduty.com/services/{{id}}",
          "html_url":"https://pantrypost.pagerduty.com/service-directory/{{id}}","name":"{{name}}","description":"{{name}}",
          "auto_resolve_timeout":14400,"acknowledgement_timeout":600,"created_at":"2024-02-01T10:00:00Z","status":"active",
          "escalation_policy":{"id":"{{policy}}","type":"escalation_policy_reference","summary":"{{name}} escalation",
            "self":"https://api.pagerduty.com/escalation_policies/{{policy}}","html_url":"https://pantrypost.pagerduty.com/escalation_policies/{{policy}}" },
          "teams":[],"incident_urgency_rule":{"type":"constant","urgency":"high"} } }
        """;

    private const string PaymentsOnCalls = """
        {"oncalls":[
          {"escalation_policy":{"id":"PESC001","type":"escalation_policy_reference","summary":"Checkout escalation"},
           "escalation_level":2,
           "schedule":{"id":"PSCH002","type":"schedule_reference","summary":"Payments secondary","html_url":"https://pantrypost.pagerduty.com/schedules/PSCH002"},
           "user":{"id":"PUSR001","type":"user","summary":"Hannah Lindqvist","name":"Hannah Lindqvist","email":"hannah.lindqvist@pantrypost.example.com","time_zone":"Europe/Stockholm"},
           "start":"2026-11-24T09:00:00Z","end":"2026-12-01T09:00:00Z"},
          {"escalation_policy":{"id":"PESC001","type":"escalation_policy_reference","summary":"Checkout escalation"},
           "escalation_level":1,
           "schedule":{"id":"PSCH001","type":"schedule_reference","summary":"Payments primary","html_url":"https://pantrypost.pagerduty.com/schedules/PSCH001"},
           "user":{"id":"PUSR002","type":"user","summary":"Diego Álvarez","name":"Diego Álvarez","email":"diego.alvarez@pantrypost.example.com","time_zone":"Europe/Madrid"},
           "start":"2026-11-24T09:00:00Z","end":"2026-11-25T09:00:00Z"}
        ],"limit":100,"offset":0,"more":false,"total":null}
        """;

    private const string PricingOnCalls = """
        {"oncalls":[
          {"escalation_policy":{"id":"PESC002","type":"escalation_policy_reference","summary":"Pricing escalation"},
           "escalation_level":1,"schedule":null,
           "user":{"id":"PUSR010","type":"user","summary":"Mei Chen","name":"Mei Chen","email":"mei.chen@pantrypost.example.com"},
           "start":"2026-11-20T09:00:00Z","end":null}
        ],"limit":100,"offset":0,"more":false,"total":null}
        """;
}
