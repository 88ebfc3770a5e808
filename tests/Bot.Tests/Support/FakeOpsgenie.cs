using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// Opsgenie's REST API played by WireMock.Net on loopback, answering only with the right key: the sample catalog's
/// team last-mile-oncall owns the enabled schedule last-mile_schedule (and a disabled one); fulfilment-oncall owns none.
/// </summary>
public sealed class FakeOpsgenie : IDisposable
{
    public const string ApiKey = "og-test-key-77c1";

    public FakeOpsgenie()
    {
        Server = WireMockServer.Start();
        Server.Given(Authorized("/v2/schedules")).RespondWith(Json("""
            {"data":[
              {"id":"d875alp4-9b4e-4219-a803-0c26936d18de","name":"last-mile_schedule","description":"Last Mile primary",
               "timezone":"Europe/London","enabled":true,"ownerTeam":{"id":"90098alp9-f0e3-41d3-a060-0ea895027630","name":"last-mile-oncall"},"rotations":[]},
              {"id":"c1a2old0-0000-4000-8000-000000000001","name":"last-mile_old","description":"",
               "timezone":"Europe/London","enabled":false,"ownerTeam":{"id":"90098alp9-f0e3-41d3-a060-0ea895027630","name":"last-mile-oncall"},"rotations":[]}
            ],"expandable":["rotation"],"took":0.011,"requestId":"3c7bf3cc-3f0e-4e58-b7b2-6a7d8c3e2a10"}
            """));
        Server.Given(Authorized("/v2/schedules/d875alp4-9b4e-4219-a803-0c26936d18de/on-calls").WithParam("flat", "true")).RespondWith(Json("""
            {"data":{"_parent":{"id":"d875alp4-9b4e-4219-a803-0c26936d18de","name":"last-mile_schedule","enabled":true},
              "onCallRecipients":["amara.okafor@pantrypost.example.com","tom.fischer@pantrypost.example.com"]},
             "took":0.104,"requestId":"e6b4f5c2-4a3b-4a8e-9d2c-0b1f2e3d4c5b"}
            """));
    }

    public WireMockServer Server { get; }

    public void Dispose() => Server.Stop();

    private static IRequestBuilder Authorized(string path) =>
        Request.Create().WithPath(path).UsingGet().WithHeader("Authorization", $"GenieKey {ApiKey}");

    private static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
}
