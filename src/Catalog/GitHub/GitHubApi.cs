using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octokit;
using Octokit.Internal;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// The few GitHub calls discovery makes: REST through one Octokit client, and one GraphQL query that reads many
/// repositories' files at once. Both go through one HTTP stack that adds conditional requests
/// (<see cref="ETagCacheHandler"/>, for REST GETs) and rate-limit waits (<see cref="RateLimitHandler"/>). One per
/// process, so the ETag cache lasts from one load to the next.
/// </summary>
internal sealed class GitHubApi : IDisposable
{
    private readonly GitHubOptions _options;
    private readonly Lazy<GitHubClient> _client;
    private readonly Lazy<HttpClient> _graphQl;
    private HttpMessageHandler? _handler;

    public GitHubApi(IOptions<GitHubOptions> options, TimeProvider time, ILogger<GitHubApi> logger)
    {
        _options = options.Value;
        _client = new Lazy<GitHubClient>(() => CreateRest(Handler(time, logger)));
        _graphQl = new Lazy<HttpClient>(() => CreateGraphQl(Handler(time, logger)));
    }

    public GitHubRequestStats Stats { get; } = new();

    /// <summary>Every repository of the organisation, all pages (100 a page).</summary>
    public Task<IReadOnlyList<Repository>> RepositoriesAsync(string organization, CancellationToken cancellationToken) =>
        _client.Value.Repository.GetAllForOrg(organization, new ApiOptions { PageSize = 100 }).WaitAsync(cancellationToken);

    /// <summary>
    /// The catalog files of each repository (by GraphQL node id), in the order given; <c>null</c> for one that is gone
    /// or empty. One request for up to 100 repositories (<see cref="GitHubOptions.BatchSize"/>).
    /// </summary>
    public async Task<IReadOnlyList<RepositoryFiles?>> RepositoryFilesAsync(IReadOnlyList<string> nodeIds, CancellationToken cancellationToken)
    {
        var body = new { query = RepositoryFilesQuery.Text, variables = RepositoryFilesQuery.Variables(nodeIds, _options) };
        using var response = await _graphQl.Value.PostAsJsonAsync(_options.EffectiveGraphQLUrl, body, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GitHub GraphQL: {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var answer = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return RepositoryFilesReader.Read(answer.RootElement, nodeIds.Count, _options);
    }

    /// <summary>The text of a file at a commit, or <c>null</c> when there is no such file.</summary>
    public async Task<string?> FileAsync(string owner, string name, string path, string commit, CancellationToken cancellationToken)
    {
        try
        {
            var contents = await _client.Value.Repository.Content.GetAllContentsByRef(owner, name, path, commit)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            return contents is [{ Type.Value: ContentType.File } file] ? file.Content : null;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_graphQl.IsValueCreated)
        {
            _graphQl.Value.Dispose();
        }

        _handler?.Dispose();
    }

    /// <summary>The one handler chain both clients share (created once; neither client disposes it).</summary>
    private HttpMessageHandler Handler(TimeProvider time, ILogger logger)
    {
        lock (Stats)
        {
            return _handler ??= new ETagCacheHandler
            {
                InnerHandler = new RateLimitHandler(_options, Stats, time, logger) { InnerHandler = new SocketsHttpHandler() },
            };
        }
    }

    private GitHubClient CreateRest(HttpMessageHandler handler)
    {
        var credentials = string.IsNullOrEmpty(_options.Token) ? Credentials.Anonymous : new Credentials(_options.Token);
        var http = new HttpClientAdapter(() => handler); // never disposed: the chain is disposed once, in Dispose
        var connection = new Connection(
            new Octokit.ProductHeaderValue("Wayfinder"), _options.ApiBaseUrl, new InMemoryCredentialStore(credentials), http, new SimpleJsonSerializer());
        return new GitHubClient(connection);
    }

    private HttpClient CreateGraphQl(HttpMessageHandler handler)
    {
        var client = new HttpClient(handler, disposeHandler: false);
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Wayfinder", null));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", _options.Token);
        return client;
    }
}
