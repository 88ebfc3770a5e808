using System.Text;
using System.Text.Json;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>
/// GitHub's REST API on loopback (WireMock.Net), serving the JSON shapes of <c>/orgs/{org}/repos</c>,
/// <c>/repos/{o}/{r}/commits/{branch}</c> (SHA media type) and <c>/repos/{o}/{r}/contents/{path}</c> (base64), each
/// with an ETag and a 304 for a matching <c>If-None-Match</c>. Unmapped paths answer 404 like GitHub does.
/// </summary>
internal sealed class FakeGitHub : IDisposable
{
    private readonly List<object> _repositories = [];
    private readonly Dictionary<string, (string Body, string ContentType)> _routes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    public FakeGitHub(string organization)
    {
        Organization = organization;
        Server = WireMockServer.Start();
    }

    public string Organization { get; }

    public WireMockServer Server { get; }

    public Uri BaseUrl => new(Server.Url! + "/");

    /// <summary>Adds a repository; <paramref name="files"/> maps paths to their text at the head of <c>main</c>.</summary>
    public void Repository(string name, IReadOnlyDictionary<string, string> files, string? description = null, string[]? topics = null,
        bool archived = false, bool fork = false)
    {
        var sha = Sha(name);
        _repositories.Add(new Dictionary<string, object?>
        {
            ["id"] = _repositories.Count + 1, ["name"] = name, ["full_name"] = $"{Organization}/{name}",
            ["owner"] = new { login = Organization, type = "Organization" }, ["private"] = false,
            ["html_url"] = $"https://github.com/{Organization}/{name}", ["description"] = description, ["fork"] = fork,
            ["archived"] = archived, ["default_branch"] = "main", ["topics"] = topics ?? [], ["visibility"] = "public",
        });
        _routes[$"/repos/{Organization}/{name}/commits/main"] = (sha, "application/vnd.github.sha; charset=utf-8");
        foreach (var (path, text) in files)
        {
            _routes[$"/repos/{Organization}/{name}/contents/{path}"] = (ContentJson(name, path, text), "application/json; charset=utf-8");
        }
    }

    /// <summary>A new commit on <c>main</c> of <paramref name="name"/>: a new head SHA, and <paramref name="files"/> changed or added.</summary>
    public void Push(string name, IReadOnlyDictionary<string, string> files)
    {
        var head = $"/repos/{Organization}/{name}/commits/main";
        _routes[head] = (Sha(_routes[head].Body), _routes[head].ContentType);
        foreach (var (path, text) in files)
        {
            _routes[$"/repos/{Organization}/{name}/contents/{path}"] = (ContentJson(name, path, text), "application/json; charset=utf-8");
        }
    }

    /// <summary>Maps every route (call after adding repositories, and again after <see cref="Break"/>).</summary>
    public void Publish()
    {
        Server.ResetMappings();
        Route($"/orgs/{Organization}/repos", JsonSerializer.Serialize(_repositories), "application/json; charset=utf-8");
        foreach (var (path, (body, contentType)) in _routes)
        {
            if (_broken.Contains(path))
            {
                Server.Given(Request.Create().WithPath(path).UsingGet())
                    .RespondWith(Response.Create().WithStatusCode(500).WithBodyAsJson(new { message = "Server Error" }));
            }
            else
            {
                Route(path, body, contentType);
            }
        }
    }

    /// <summary>Makes one path answer 500 from now on.</summary>
    public void Break(string path)
    {
        _broken.Add(path);
        Publish();
    }

    /// <summary>Answers the first request for <paramref name="path"/> with a secondary rate limit (403, <c>Retry-After: 1</c>).</summary>
    public void SecondaryRateLimitOnce(string path)
    {
        Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(-10).InScenario(path).WillSetStateTo("waited")
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Retry-After", "1")
                .WithBodyAsJson(new { message = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." }));
    }

    public IReadOnlyList<ILogEntry> RequestsTo(string path) =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Path == path)];

    public void Dispose() => Server.Stop();

    /// <summary>A 40-hex-digit id like Git's object names (a SHA-256 cut short: the analyzers refuse SHA-1, and nothing checks it).</summary>
    private static string Sha(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];

    private void Route(string path, string body, string contentType)
    {
        var etag = $"\"{Sha(body)}\"";
        Server.Given(Request.Create().WithPath(path).UsingGet().WithHeader("If-None-Match", etag)).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(304).WithHeader("ETag", etag).WithHeader("X-RateLimit-Remaining", "4990"));
        Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(2) // no If-None-Match, or a stale one
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithHeader("ETag", etag)
                .WithHeader("X-RateLimit-Remaining", "4990").WithBody(body));
    }

    private string ContentJson(string repository, string path, string text)
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var wrapped = string.Join('\n', base64.Chunk(60).Select(c => new string(c))) + "\n";
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "file", ["encoding"] = "base64", ["size"] = Encoding.UTF8.GetByteCount(text), ["name"] = path.Split('/')[^1],
            ["path"] = path, ["content"] = wrapped, ["sha"] = Sha(text),
            ["url"] = $"{BaseUrl}repos/{Organization}/{repository}/contents/{path}?ref=main",
            ["html_url"] = $"https://github.com/{Organization}/{repository}/blob/main/{path}",
        });
    }
}
