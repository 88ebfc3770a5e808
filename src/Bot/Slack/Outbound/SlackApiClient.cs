using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>
/// The Slack Web API methods Wayfinder calls, typed. Retries (HTTP 429 with <c>Retry-After</c>, 5xx, network errors)
/// come from the resilience handler registered with this client; <c>ok: false</c> becomes a
/// <see cref="SlackApiException"/>. The bot token rides in the <c>Authorization</c> header only.
/// </summary>
public sealed class SlackApiClient(HttpClient http)
{
    /// <summary>The named client for <c>response_url</c> posts (no token: the URL is the credential).</summary>
    public const string ResponseUrlClient = "slack-response-url";

    public async Task<SlackIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        var result = await PostAsync("auth.test", new JsonObject(), cancellationToken).ConfigureAwait(false);
        return new SlackIdentity(Text(result, "user_id") ?? "", Text(result, "bot_id"), Text(result, "team_id"));
    }

    /// <summary>Posts a message (in a thread when <paramref name="threadTs"/> is set); returns its <c>ts</c>.</summary>
    public async Task<string?> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        var result = await PostAsync("chat.postMessage", body, cancellationToken).ConfigureAwait(false);
        return Text(result, "ts");
    }

    public async Task PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body["channel"] = channel;
        body["user"] = user;
        await PostAsync("chat.postEphemeral", body, cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body["channel"] = channel;
        body["ts"] = ts;
        await PostAsync("chat.update", body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens (or finds) the DM with a user; returns its channel id.</summary>
    public async Task<string> OpenConversationAsync(string user, CancellationToken cancellationToken)
    {
        var result = await PostAsync("conversations.open", new JsonObject { ["users"] = user }, cancellationToken).ConfigureAwait(false);
        return result.TryGetProperty("channel", out var channel) && channel.TryGetProperty("id", out var id) && id.GetString() is { } value
            ? value
            : throw new SlackApiException("conversations.open", "no_channel_in_response");
    }

    public async Task<SlackUser> UserInfoAsync(string user, CancellationToken cancellationToken) =>
        ReadUser(await GetAsync($"users.info?user={Uri.EscapeDataString(user)}", "users.info", cancellationToken).ConfigureAwait(false));

    public async Task<SlackUser> LookupByEmailAsync(string email, CancellationToken cancellationToken) =>
        ReadUser(await GetAsync($"users.lookupByEmail?email={Uri.EscapeDataString(email)}", "users.lookupByEmail", cancellationToken).ConfigureAwait(false));

    /// <summary><c>apps.connections.open</c> with the app-level token (header only): a fresh Socket Mode URL.</summary>
    public async Task<Uri> OpenSocketAsync(string appToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("apps.connections.open", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", appToken);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var result = await ReadAsync("apps.connections.open", response, cancellationToken).ConfigureAwait(false);
        return Uri.TryCreate(Text(result, "url"), UriKind.Absolute, out var url) && url.Scheme is "wss" or "ws"
            ? url
            : throw new SlackApiException("apps.connections.open", "no_url_in_response");
    }

    /// <summary>
    /// True when one of the channel's last 100 messages carries metadata of <paramref name="eventType"/> whose payload
    /// <c>key</c> is <paramref name="key"/> (<c>conversations.history</c>; needs <c>im:history</c> for DMs).
    /// </summary>
    public async Task<bool> HasMessageWithKeyAsync(string channel, string eventType, string key, CancellationToken cancellationToken)
    {
        var result = await GetAsync($"conversations.history?channel={Uri.EscapeDataString(channel)}&limit=100&include_all_metadata=true",
            "conversations.history", cancellationToken).ConfigureAwait(false);
        return result.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
            && messages.EnumerateArray().Any(m => m.TryGetProperty("metadata", out var metadata)
                && Text(metadata, "event_type") == eventType
                && metadata.TryGetProperty("event_payload", out var payload) && Text(payload, "key") == key);
    }

    private static JsonObject MessageBody(SlackMessage message)
    {
        var body = new JsonObject
        {
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
            ["unfurl_links"] = false,
        };
        if (message.Metadata is { } metadata)
        {
            body["metadata"] = metadata.DeepClone();
        }

        return body;
    }

    private async Task<JsonElement> PostAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(method, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(method, response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonElement> GetAsync(string query, string method, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(query, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return await ReadAsync(method, response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JsonElement> ReadAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        }

        try
        {
            using var json = await JsonDocument.ParseAsync(
                await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = json.RootElement.Clone();
            return root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True
                ? root
                : throw new SlackApiException(method, Text(root, "error") ?? "not_ok");
        }
        catch (JsonException e)
        {
            throw new SlackApiException($"Slack {method} answered something other than JSON.", e);
        }
    }

    private static SlackUser ReadUser(JsonElement result) => SlackUser.Read(result.GetProperty("user"));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Sets the base address and bot token on the typed client (see <c>SlackSetup</c>).</summary>
    internal static void Configure(HttpClient client, SlackOptions options)
    {
        var baseUrl = options.ApiBaseUrl.ToString();
        client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.BotToken);
    }
}
