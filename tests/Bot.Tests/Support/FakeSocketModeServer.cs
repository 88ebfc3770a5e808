using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// Slack's Socket Mode side, played by a real Kestrel WebSocket server on loopback. Each connection runs the next
/// script: a list of frames to send, waiting for the bot's ack after every envelope; acks are recorded.
/// </summary>
public sealed class FakeSocketModeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<IReadOnlyList<JsonObject>> _scripts = Channel.CreateUnbounded<IReadOnlyList<JsonObject>>();

    private FakeSocketModeServer(WebApplication app) => _app = app;

    /// <summary>Envelope ids the bot acknowledged, in order.</summary>
    public ConcurrentQueue<string> Acks { get; } = new();

    /// <summary>How many connections the bot has opened.</summary>
    public int Connections => _connections;

    public Uri SocketUrl { get; private set; } = null!;

    private int _connections;

    public static async Task<FakeSocketModeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeSocketModeServer(app);
        app.UseWebSockets();
        app.Map("/socket", server.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.SocketUrl = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/socket");
        return server;
    }

    /// <summary>Queues what the next connection plays.</summary>
    public void Script(params JsonObject[] frames) => _scripts.Writer.TryWrite(frames);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _connections);
        var script = await _scripts.Reader.ReadAsync(context.RequestAborted);
        foreach (var frame in script)
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, context.RequestAborted);
            if (frame["envelope_id"] is not null)
            {
                await ReadAckAsync(socket, context.RequestAborted);
            }
        }

        // Keep the connection open (as Slack does) until the bot or the test closes it.
        var buffer = new byte[4096];
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }
        }
    }

    private async Task ReadAckAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, cancellationToken);
        if (result.MessageType == WebSocketMessageType.Text && JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))?["envelope_id"] is { } id)
        {
            Acks.Enqueue(id.GetValue<string>());
        }
    }
}
