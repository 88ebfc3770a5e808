using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wayfinder.Bot.Slack.SocketMode;

/// <summary>One Socket Mode WebSocket: whole text frames in, JSON acks out (sends are serialised).</summary>
internal sealed class SlackSocketConnection(WebSocket socket) : IDisposable
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;
    private readonly SemaphoreSlim _sending = new(1, 1);

    /// <summary>The next frame, or <c>null</c> when the socket closed. Frames that are not JSON are skipped.</summary>
    public async Task<SlackSocketFrame?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return null;
                    }

                    message.Write(buffer, 0, result.Count);
                    if (message.Length > MaxFrameBytes)
                    {
                        throw new WebSocketException(WebSocketError.InvalidMessageType, "Socket Mode frame too large.");
                    }
                }
                while (!result.EndOfMessage);

                if (TryParse(message.ToArray()) is { } frame)
                {
                    return frame;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Acknowledges an envelope, with a response payload when Slack accepts one.</summary>
    public async Task AckAsync(string envelopeId, JsonNode? payload, CancellationToken cancellationToken)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _sending.Dispose();

    private static SlackSocketFrame? TryParse(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SlackJsonContext.Default.SlackSocketFrame);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
