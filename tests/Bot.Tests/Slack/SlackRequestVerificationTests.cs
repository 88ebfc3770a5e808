using System.Net;
using System.Text;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary>Unsigned, forged, stale or tampered requests get 401 with no body, and nothing is answered.</summary>
public sealed class SlackRequestVerificationTests(SlackBot fixture) : IClassFixture<SlackBot>
{
    public static TheoryData<string> Routes => new() { "/slack/event", "/slack/command", "/slack/action" };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Request_WithoutSignatureHeaders_401(string route)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(route, UriKind.Relative))
        {
            Content = new StringContent(Question("C-UNSIGNED"), Encoding.UTF8, "application/json"),
        };

        await AssertRefusedAsync(request, "C-UNSIGNED");
    }

    [Fact]
    public async Task Event_ForgedSignature_401()
    {
        await AssertRefusedAsync(SlackSigner.Json("/slack/event", Question("C-FORGED"), secret: "not-the-secret"), "C-FORGED");
    }

    [Fact]
    public async Task Event_StaleTimestamp_401()
    {
        await AssertRefusedAsync(SlackSigner.Json("/slack/event", Question("C-STALE"), at: DateTimeOffset.UtcNow.AddMinutes(-6)), "C-STALE");
    }

    [Fact]
    public async Task Event_TimestampInTheFuture_401()
    {
        await AssertRefusedAsync(SlackSigner.Json("/slack/event", Question("C-FUTURE"), at: DateTimeOffset.UtcNow.AddMinutes(6)), "C-FUTURE");
    }

    [Fact]
    public async Task Event_BodyChangedAfterSigning_401()
    {
        using var signed = SlackSigner.Json("/slack/event", Question("C-TAMPERED"));
        using var request = new HttpRequestMessage(HttpMethod.Post, signed.RequestUri)
        {
            Content = new StringContent(Question("C-TAMPERED").Replace("petstore", "searcher", StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        foreach (var header in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        await AssertRefusedAsync(request, "C-TAMPERED");
    }

    [Fact]
    public async Task Event_NonNumericTimestamp_401()
    {
        using var request = SlackSigner.Json("/slack/event", Question("C-BADTS"));
        request.Headers.Remove("X-Slack-Request-Timestamp");
        request.Headers.Add("X-Slack-Request-Timestamp", "yesterday");

        await AssertRefusedAsync(request, "C-BADTS");
    }

    [Fact]
    public async Task Event_SignedWithAnOlderRotatedSecret_Accepted()
    {
        using var request = SlackSigner.Json("/slack/event", Question("C-ROTATED"), secret: "an-old-secret");
        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await fixture.Slack.WaitForAsync("chat.postMessage", c => c.Channel == "C-ROTATED", 1, TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task Event_SignedButNotJson_400()
    {
        using var request = SlackSigner.Json("/slack/event", "{not json");
        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Event_OversizedBody_401WithoutReadingIt()
    {
        await AssertRefusedAsync(SlackSigner.Json("/slack/event", Question("C-HUGE") + new string(' ', 2 * 1024 * 1024)), "C-HUGE");
    }

    private async Task AssertRefusedAsync(HttpRequestMessage request, string channel)
    {
        using (request)
        {
            using var response = await fixture.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        }

        await Task.Delay(500);
        Assert.DoesNotContain(fixture.Slack.Calls("chat.postMessage"), c => c.Channel == channel);
        Assert.DoesNotContain(SlackSigner.Secret, fixture.Bot.Output, StringComparison.Ordinal);
    }

    private static string Question(string channel) =>
        SlackEventEndpointTests.Mention($"Ev-{channel}", channel, "1700000000.000900", "<@U0BOT> who owns petstore");
}
