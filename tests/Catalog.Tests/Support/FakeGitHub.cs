using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>
/// GitHub on loopback (WireMock.Net). REST: <c>/orgs/{org}/repos</c> in pages of 100 with <c>Link</c> headers, and
/// <c>/repos/{o}/{r}/contents/{path}</c> (base64), each with an ETag and a 304 for a matching <c>If-None-Match</c>;
/// unmapped paths answer 404 like GitHub does. GraphQL: <c>POST /graphql</c> answers <c>nodes(ids:)</c> with each
/// repository's default branch head and the <c>object(expression: "HEAD:path")</c> fields the query names (blobs, and
/// trees with their entries), resolving the expression variables against the repository's files; 401 without a token.
/// </summary>
internal sealed class FakeGitHub : IDisposable
{
    private const int PageSize = 100;
    private static readonly DateTimeOffset FirstPush = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly List<FakeRepository> _repositories = [];
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vanished = new(StringComparer.Ordinal);

    public FakeGitHub(string organization)
    {
        Organization = organization;
        Server = WireMockServer.Start();
    }

    public string Organization { get; }

    public WireMockServer Server { get; }

    public Uri BaseUrl => new(Server.Url! + "/");

    /// <summary>
    /// Delay added to every answer of the routes <see cref="Publish"/> maps, to simulate GitHub's round trip (a request
    /// to api.github.com takes ~100 ms). Set it before <see cref="Publish"/>. Default: none.
    /// </summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// Which files get a REST contents route (the others answer 404 there; GraphQL still has them all). WireMock matches
    /// each request against every mapping, so an organisation of thousands of files is much faster to serve with only
    /// the few read over REST. Set it before <see cref="Publish"/>. Default: every file.
    /// </summary>
    public Func<string, bool> ServesContents { get; set; } = _ => true;

    /// <summary>Files longer than this come back from GraphQL cut, with <c>isTruncated</c>; REST gives them whole.</summary>
    public int TruncateAt { get; set; } = int.MaxValue;

    /// <summary>Adds a repository; <paramref name="files"/> maps paths to their text at the head of <c>main</c>.</summary>
    public void Repository(string name, IReadOnlyDictionary<string, string> files, string? description = null, string[]? topics = null,
        bool archived = false, bool fork = false)
    {
        _repositories.Add(new FakeRepository(name, new Dictionary<string, string>(files, StringComparer.Ordinal), description, topics ?? [], archived, fork)
        {
            Head = Sha(name), PushedAt = FirstPush.AddMinutes(_repositories.Count),
        });
    }

    /// <summary>A new commit on <c>main</c> of <paramref name="name"/>: a new head SHA and push time, <paramref name="files"/> changed or added.</summary>
    public void Push(string name, IReadOnlyDictionary<string, string> files)
    {
        var repository = Find(name);
        repository.Head = Sha(repository.Head);
        repository.PushedAt = repository.PushedAt.AddHours(1);
        foreach (var (path, text) in files)
        {
            repository.Files[path] = text;
        }
    }

    /// <summary>Deletes a repository: it leaves the list, and GraphQL no longer finds it.</summary>
    public void Delete(string name) => _repositories.Remove(Find(name));

    /// <summary>Deletes a repository for GraphQL only (NOT_FOUND), as if it went between the list and the read; the list still has it.</summary>
    public void Vanish(string name)
    {
        _vanished.Add(name);
        Publish();
    }

    /// <summary>The GraphQL node id of a repository.</summary>
    public static string NodeId(string name) => $"R_{Sha(name)[..16]}";

    /// <summary>The commit SHA at the head of <c>main</c>.</summary>
    public string HeadOf(string name) => Find(name).Head;

    /// <summary>Maps every route (call after adding or changing repositories, and again after <see cref="Break"/>).</summary>
    public void Publish()
    {
        Server.ResetMappings();
        var pages = _repositories.Chunk(PageSize).ToList();
        for (var page = 1; page <= Math.Max(1, pages.Count); page++)
        {
            var body = JsonSerializer.Serialize(page <= pages.Count ? pages[page - 1].Select(ListingEntry) : []);
            var number = page.ToString(CultureInfo.InvariantCulture);
            var next = page < pages.Count ? $"<{BaseUrl}orgs/{Organization}/repos?per_page={PageSize}&page={page + 1}>; rel=\"next\"" : null;
            Route(() => Request.Create().WithPath($"/orgs/{Organization}/repos").UsingGet().WithParam("page", number), body, "application/json; charset=utf-8", next);
            if (page == 1)
            {
                Route(() => Request.Create().WithPath($"/orgs/{Organization}/repos").UsingGet().WithParam("page", MatchBehaviour.RejectOnMatch),
                    body, "application/json; charset=utf-8", next);
            }
        }

        foreach (var repository in _repositories)
        {
            foreach (var (path, text) in repository.Files.Where(f => ServesContents(f.Key)))
            {
                var route = $"/repos/{Organization}/{repository.Name}/contents/{path}";
                Route(() => Request.Create().WithPath(route).UsingGet(), ContentJson(repository.Name, path, text), "application/json; charset=utf-8", null);
            }
        }

        MapGraphQl();
        foreach (var path in _broken)
        {
            Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(0)
                .RespondWith(Response.Create().WithStatusCode(500).WithBodyAsJson(new { message = "Server Error" }));
        }
    }

    /// <summary>Makes one REST path answer 500 from now on.</summary>
    public void Break(string path)
    {
        _broken.Add(path);
        Publish();
    }

    /// <summary>Makes every GraphQL request that asks for <paramref name="name"/> answer 502 from now on.</summary>
    public void BreakRepository(string name)
    {
        Server.Given(Request.Create().WithPath("/graphql").UsingPost().WithBody(new WildcardMatcher($"*{NodeId(name)}*"))).AtPriority(0)
            .RespondWith(Response.Create().WithStatusCode(502).WithBodyAsJson(new { message = "Server Error" }));
    }

    /// <summary>Answers 502 to every GraphQL request for more than <paramref name="repositories"/> repositories, as GitHub does when a query takes too long.</summary>
    public void TimeOutBatchesLargerThan(int repositories)
    {
        Server.Given(Request.Create().WithPath("/graphql").UsingPost()
                .WithBody((string? body) => JsonNode.Parse(body!)!["variables"]!["ids"]!.AsArray().Count > repositories)).AtPriority(0)
            .RespondWith(Response.Create().WithStatusCode(502).WithBodyAsJson(new { message = "We couldn't respond to your request in time." }));
    }

    /// <summary>Answers the first request for <paramref name="path"/> with a secondary rate limit (403, <c>Retry-After: 1</c>).</summary>
    public void SecondaryRateLimitOnce(string path)
    {
        Server.Given(Request.Create().WithPath(path).UsingAnyMethod()).AtPriority(-10).InScenario(path).WillSetStateTo("waited")
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Retry-After", "1")
                .WithBodyAsJson(new { message = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." }));
    }

    public IReadOnlyList<ILogEntry> RequestsTo(string path) =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Path == path)];

    /// <summary>The node ids each GraphQL request asked for, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> GraphQlBatches() =>
        [.. RequestsTo("/graphql").Select(e => (IReadOnlyList<string>)[.. JsonNode.Parse(e.RequestMessage.Body!)!["variables"]!["ids"]!.AsArray().Select(i => i!.GetValue<string>())])];

    public void Dispose() => Server.Stop();

    /// <summary>A 40-hex-digit id like Git's object names (a SHA-256 cut short: the analyzers refuse SHA-1, and nothing checks it).</summary>
    private static string Sha(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];

    private FakeRepository Find(string name) => _repositories.Single(r => r.Name == name);

    private void MapGraphQl()
    {
        Server.Given(Request.Create().WithPath("/graphql").UsingPost()).AtPriority(5)
            .RespondWith(Delayed(Response.Create().WithStatusCode(401).WithBodyAsJson(new { message = "This endpoint requires you to be authenticated." })));
        var repositories = _repositories.Where(r => !_vanished.Contains(r.Name)).ToDictionary(r => NodeId(r.Name), r => r with { Files = new(r.Files, StringComparer.Ordinal) });
        Server.Given(Request.Create().WithPath("/graphql").UsingPost().WithHeader("Authorization", "bearer *", MatchBehaviour.AcceptOnMatch)).AtPriority(2)
            .RespondWith(Delayed(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8")
                .WithHeader("X-RateLimit-Remaining", "4990").WithBody(request => GraphQlAnswer(request.Body!, repositories))));
    }

    private string GraphQlAnswer(string body, Dictionary<string, FakeRepository> repositories)
    {
        var variables = JsonNode.Parse(body)!["variables"]!.AsObject();
        var nodes = new JsonArray();
        var errors = new JsonArray();
        foreach (var id in variables["ids"]!.AsArray().Select(i => i!.GetValue<string>()))
        {
            if (!repositories.TryGetValue(id, out var repository))
            {
                errors.Add(new JsonObject { ["type"] = "NOT_FOUND", ["path"] = new JsonArray("nodes", nodes.Count), ["message"] = $"Could not resolve to a node with the global id of '{id}'" });
                nodes.Add(null);
                continue;
            }

            var node = new JsonObject
            {
                ["id"] = id,
                ["defaultBranchRef"] = new JsonObject { ["name"] = "main", ["target"] = new JsonObject { ["oid"] = repository.Head } },
            };
            foreach (var alias in new[] { "descriptor", "codeOwners0", "codeOwners1", "codeOwners2", "readme" })
            {
                node[alias] = Object(repository, variables[alias]!.GetValue<string>(), asTree: false);
            }

            node["docs"] = Object(repository, variables["docs"]!.GetValue<string>(), asTree: true);
            nodes.Add(node);
        }

        var answer = new JsonObject { ["data"] = new JsonObject { ["nodes"] = nodes } };
        if (errors.Count > 0)
        {
            answer["errors"] = errors;
        }

        return answer.ToJsonString();
    }

    /// <summary>What <c>object(expression: "HEAD:path")</c> gives with the query's fragments: a blob's fields, a tree's entries, or null.</summary>
    private JsonObject? Object(FakeRepository repository, string expression, bool asTree)
    {
        var path = expression["HEAD:".Length..];
        if (repository.Files.TryGetValue(path, out var text))
        {
            return asTree ? [] : Blob(text);
        }

        var prefix = path + "/";
        var children = repository.Files.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (children.Count == 0)
        {
            return null;
        }

        if (!asTree)
        {
            return [];
        }

        var entries = new JsonArray();
        foreach (var child in children.Select(c => c[prefix.Length..].Split('/')[0]).Distinct().Order(StringComparer.Ordinal))
        {
            var isFile = repository.Files.TryGetValue(prefix + child, out var childText);
            entries.Add(new JsonObject
            {
                ["name"] = child, ["path"] = prefix + child, ["type"] = isFile ? "blob" : "tree",
                ["object"] = isFile ? Blob(childText!) : new JsonObject(),
            });
        }

        return new JsonObject { ["entries"] = entries };
    }

    private JsonObject Blob(string text) => new()
    {
        ["text"] = text.Length > TruncateAt ? text[..TruncateAt] : text, ["isBinary"] = false, ["isTruncated"] = text.Length > TruncateAt,
    };

    private Dictionary<string, object?> ListingEntry(FakeRepository repository) => new()
    {
        ["id"] = _repositories.IndexOf(repository) + 1, ["node_id"] = NodeId(repository.Name), ["name"] = repository.Name,
        ["full_name"] = $"{Organization}/{repository.Name}", ["owner"] = new { login = Organization, type = "Organization" }, ["private"] = false,
        ["html_url"] = $"https://github.com/{Organization}/{repository.Name}", ["description"] = repository.Description, ["fork"] = repository.Fork,
        ["archived"] = repository.Archived, ["default_branch"] = "main", ["topics"] = repository.Topics, ["visibility"] = "public",
        ["pushed_at"] = repository.PushedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    private void Route(Func<IRequestBuilder> request, string body, string contentType, string? link)
    {
        var etag = $"\"{Sha(body)}\"";
        var notModified = Response.Create().WithStatusCode(304).WithHeader("ETag", etag).WithHeader("X-RateLimit-Remaining", "4990");
        var ok = Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithHeader("ETag", etag)
            .WithHeader("X-RateLimit-Remaining", "4990").WithBody(body);
        if (link is not null)
        {
            ok = ok.WithHeader("Link", link);
        }

        Server.Given(request().WithHeader("If-None-Match", etag)).AtPriority(1).RespondWith(Delayed(notModified));
        Server.Given(request()).AtPriority(2).RespondWith(Delayed(ok)); // no If-None-Match, or a stale one
    }

    /// <summary>The answer after <see cref="Latency"/>, or at once when there is none.</summary>
    private IResponseBuilder Delayed(IResponseBuilder response) => Latency > TimeSpan.Zero ? response.WithDelay(Latency) : response;

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

    private sealed record FakeRepository(
        string Name, Dictionary<string, string> Files, string? Description, string[] Topics, bool Archived, bool Fork)
    {
        public string Head { get; set; } = string.Empty;

        public DateTimeOffset PushedAt { get; set; }
    }
}
