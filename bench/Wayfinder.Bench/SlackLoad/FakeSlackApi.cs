using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wayfinder.Bench.SlackLoad;

/// <summary>Slack's Web API for the load runs: a Kestrel server on loopback that answers <c>ok</c>, counts replies per question (by thread) and nudges (DMs).</summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSlackApi(WebApplication app) => _app = app;

    /// <summary>Messages posted outside threads (onboarding nudges), with when they arrived.</summary>
    public ConcurrentQueue<DateTimeOffset> Unthreaded { get; } = new();

    /// <summary>Replies seen per <c>thread_ts</c> (each question has its own).</summary>
    public ConcurrentDictionary<string, int> RepliesByThread { get; } = new(StringComparer.Ordinal);

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.MapPost("/api/auth.test", () => Results.Text("""{"ok":true,"user_id":"U0BOT","bot_id":"B0BOT","team_id":"T0001"}""", "application/json"));
        app.MapPost("/api/chat.postMessage", fake.PostMessageAsync);
        app.MapGet("/api/users.lookupByEmail", (string email) => Results.Json(new
        {
            ok = true,
            user = new { id = $"U{Math.Abs(email.GetHashCode(StringComparison.Ordinal))}", deleted = false, is_bot = false, profile = new { email } },
        }));
        app.MapPost("/api/conversations.open", () => Results.Text("""{"ok":true,"channel":{"id":"D0001"}}""", "application/json"));
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> PostMessageAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        if (body.RootElement.TryGetProperty("thread_ts", out var thread) && thread.GetString() is { } ts)
        {
            RepliesByThread.AddOrUpdate(ts, 1, (_, n) => n + 1);
        }
        else
        {
            Unthreaded.Enqueue(DateTimeOffset.UtcNow);
        }

        return Results.Text("""{"ok":true,"ts":"1.1"}""", "application/json");
    }
}
