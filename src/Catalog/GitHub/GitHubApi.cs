using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octokit;
using Octokit.Internal;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// The few GitHub REST calls discovery makes, through one Octokit client whose HTTP stack adds conditional requests
/// (<see cref="ETagCacheHandler"/>) and rate-limit waits (<see cref="RateLimitHandler"/>). One per process, so the
/// ETag cache lasts from one load to the next.
/// </summary>
internal sealed class GitHubApi : IDisposable
{
    private readonly Lazy<GitHubClient> _client;
    private HttpClientAdapter? _http;

    public GitHubApi(IOptions<GitHubOptions> options, TimeProvider time, ILogger<GitHubApi> logger)
    {
        _client = new Lazy<GitHubClient>(() => Create(options.Value, time, logger));
    }

    public GitHubRequestStats Stats { get; } = new();

    /// <summary>Every repository of the organisation, all pages (100 a page).</summary>
    public Task<IReadOnlyList<Repository>> RepositoriesAsync(string organization, CancellationToken cancellationToken) =>
        _client.Value.Repository.GetAllForOrg(organization, new ApiOptions { PageSize = 100 }).WaitAsync(cancellationToken);

    /// <summary>The commit SHA the branch points at.</summary>
    public Task<string> CommitShaAsync(string owner, string name, string branch, CancellationToken cancellationToken) =>
        _client.Value.Repository.Commit.GetSha1(owner, name, branch).WaitAsync(cancellationToken);

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

    public void Dispose() => _http?.Dispose();

    private GitHubClient Create(GitHubOptions options, TimeProvider time, ILogger logger)
    {
        var credentials = string.IsNullOrEmpty(options.Token) ? Credentials.Anonymous : new Credentials(options.Token);
        var http = _http = new HttpClientAdapter(() => new ETagCacheHandler
        {
            InnerHandler = new RateLimitHandler(options, Stats, time, logger) { InnerHandler = new SocketsHttpHandler() },
        });
        var connection = new Connection(
            new ProductHeaderValue("Wayfinder"), options.ApiBaseUrl, new InMemoryCredentialStore(credentials), http, new SimpleJsonSerializer());
        return new GitHubClient(connection);
    }
}
