using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.Slack.Inbound;

namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>
/// Posts to a <c>response_url</c>. Only Slack's hosts (or the configured API's, for a test double) are called, so a
/// request can never make the bot post elsewhere.
/// </summary>
internal sealed class SlackResponseSender(IHttpClientFactory clients, IOptions<SlackOptions> options)
{
    private const string SlackHooksHost = "hooks.slack.com";

    public bool IsAllowed(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps && url.Host == SlackHooksHost || url.Authority == options.Value.ApiBaseUrl.Authority);

    public async Task SendAsync(SlackResponse response, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["response_type"] = response.InChannel ? "in_channel" : "ephemeral",
            ["replace_original"] = response.ReplaceOriginal,
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
        };
        await PostAsync(response.Url, body, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteOriginalAsync(Uri url, CancellationToken cancellationToken) =>
        PostAsync(url, new JsonObject { ["delete_original"] = true }, cancellationToken);

    private async Task PostAsync(Uri url, JsonObject body, CancellationToken cancellationToken)
    {
        if (!IsAllowed(url))
        {
            throw new SlackApiException("response_url", "host_not_allowed");
        }

        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await clients.CreateClient(SlackApiClient.ResponseUrlClient).PostAsync(url, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
        }
    }
}
