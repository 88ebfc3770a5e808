using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.GitHub;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.GitHub;

/// <summary>The catalog as <c>AddCatalog()</c> serves it with local manifests plus an organisation on a fake GitHub.</summary>
public sealed class GitHubDiscoveryTests : IDisposable
{
    private readonly TempCatalog _local = new();
    private readonly FakeGitHub _gitHub = new("acme");
    private readonly ServiceProvider _provider;
    private readonly ICatalog _catalog;

    public GitHubDiscoveryTests()
    {
        _local.Write("catalog/teams.yaml", Documents(Group("team-a"), Group("team-b"), Group("team-c")));
        _gitHub.Repository("payments", new Dictionary<string, string>
        {
            ["catalog-info.yaml"] = Documents(Component("payments-api"), Location("payments-docs", "./docs/api.yaml")),
            ["docs/api.yaml"] = Api("payments-rest"),
            [".github/CODEOWNERS"] = "# Payments\n* @acme/team-a\n",
        });
        _gitHub.Repository("search", new Dictionary<string, string>
        {
            ["catalog-info.yaml"] = Component("search", owner: "team-a"),
            ["CODEOWNERS"] = "* @acme/team-b\n",
        });
        _gitHub.Repository("legacy-tool", new Dictionary<string, string> { ["docs/CODEOWNERS"] = "* @acme/team-c\n/docs/ @jane\n" },
            description: "Nightly export of the ledger", topics: ["java", "internal-tool"]);
        _gitHub.Repository("scratch", new Dictionary<string, string>());
        _gitHub.Repository("broken", new Dictionary<string, string>
        {
            ["catalog-info.yaml"] = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: broken\n  tags: [unclosed\nspec:\n  type: service\n",
        });
        _gitHub.Repository("archived-app", new Dictionary<string, string> { ["catalog-info.yaml"] = Component("archived-app") }, archived: true);
        _gitHub.Repository("fork-of-lib", new Dictionary<string, string> { ["catalog-info.yaml"] = Component("fork-of-lib") }, fork: true);
        _gitHub.Publish();
        _provider = CatalogServices.Create(o => o.Paths = [_local.PathOf("catalog")], gitHub: o =>
        {
            o.Organizations = ["acme"];
            o.ApiBaseUrl = _gitHub.BaseUrl;
            o.Token = "test-token";
        });
        _catalog = _provider.GetRequiredService<ICatalog>();
    }

    public void Dispose()
    {
        _provider.Dispose();
        _gitHub.Dispose();
        _local.Dispose();
    }

    [Fact]
    public async Task ReloadAsync_Organization_MergesLocalAndGitHubEntitiesWithoutArchivedOrForks()
    {
        var status = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal(CatalogState.Loaded, status.State);
        Assert.Equal(
            ["api:default/payments-rest", "component:default/legacy-tool", "component:default/payments-api", "component:default/scratch",
             "component:default/search", "group:default/team-a", "group:default/team-b", "group:default/team-c", "location:default/payments-docs"],
            _catalog.Snapshot.Entities.Select(e => e.Ref.ToString()).Order(StringComparer.Ordinal));
        Assert.Empty(_gitHub.RequestsTo("/repos/acme/archived-app/commits/main"));
        Assert.Empty(_gitHub.RequestsTo("/repos/acme/fork-of-lib/commits/main"));
    }

    [Fact]
    public async Task ReloadAsync_RelativeLocationTarget_ReadFromTheSameRepositoryWithItsSource()
    {
        await _catalog.ReloadAsync(CancellationToken.None);

        var api = Get("api:default/payments-rest");
        Assert.Equal("github.com/acme/payments/docs/api.yaml", api.Source.Path);
        Assert.Equal("https://github.com/acme/payments/edit/main/docs/api.yaml", api.Annotation(GitHubAnnotations.EditUrl));
        Assert.Equal(_gitHub.RequestsTo("/repos/acme/payments/commits/main")[0].ResponseMessage.BodyData!.BodyAsString,
            api.Annotation(GitHubAnnotations.SourceCommit));
        Assert.Equal("acme/payments", api.Annotation(WellKnownAnnotations.GitHubProjectSlug));
    }

    [Fact]
    public async Task ReloadAsync_RepositoryWithoutDescriptor_ComponentOwnedByCodeOwnersWithTopicsAsTags()
    {
        await _catalog.ReloadAsync(CancellationToken.None);

        var legacy = Get("component:default/legacy-tool");
        Assert.Equal("group:default/team-c", _catalog.Snapshot.OwnerContactOf(legacy.Ref)?.OwnerRef.ToString());
        Assert.Equal(["java", "internal-tool"], legacy.Metadata.Tags);
        Assert.Equal("Nightly export of the ledger", legacy.Metadata.Description);
        Assert.Equal("https://github.com/acme/legacy-tool", Assert.Single(legacy.Metadata.Links).Url);
        Assert.Equal("url:https://github.com/acme/legacy-tool/tree/main/", legacy.Annotation(WellKnownAnnotations.SourceLocation));
        Assert.Equal("github.com/acme/legacy-tool", legacy.Source.Path);
        Assert.Null(Get("component:default/scratch").Spec["owner"]);
    }

    [Fact]
    public async Task ReloadAsync_CodeOwnersDisagreesWithOwner_WarnsAndAnnotates()
    {
        await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal("@acme/team-b", Get("component:default/search").Annotation(GitHubAnnotations.CodeOwners));
        Assert.Null(Get("component:default/payments-api").Annotation(GitHubAnnotations.CodeOwners));
        var warning = Assert.Single(_catalog.Snapshot.Problems, p => p.Message.Contains("CODEOWNERS", StringComparison.Ordinal));
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("github.com/acme/search/catalog-info.yaml:9:10: warning: owner disagrees with CODEOWNERS: catalog: team-a; CODEOWNERS: @acme/team-b",
            warning.ToString());
    }

    [Fact]
    public async Task ReloadAsync_MalformedDescriptor_ReportedWithRepositoryPathAndLineWhileTheRestLoads()
    {
        var status = await _catalog.ReloadAsync(CancellationToken.None);

        var error = Assert.Single(_catalog.Snapshot.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("github.com/acme/broken/catalog-info.yaml", error.Position.Path);
        Assert.InRange(error.Position.Line, 5, 7);
        Assert.Equal(9, status.Entities);
    }

    [Fact]
    public async Task ReloadAsync_SecondLoad_AnsweredWithNotModifiedAndTheSameCatalog()
    {
        await _catalog.ReloadAsync(CancellationToken.None);
        var first = _catalog.Snapshot.Entities.Select(e => (e.Ref, e.Source)).ToList();
        var requestsBefore = _gitHub.Server.LogEntries.Count;

        await _catalog.ReloadAsync(CancellationToken.None);

        // Only the repository list and each branch head are asked again, and both answer 304; files (and files that are
        // not there) at an unchanged commit are not asked at all.
        var second = _gitHub.Server.LogEntries.Skip(requestsBefore).ToList();
        Assert.Equal(6, second.Count); // the repository list and 5 branch heads
        Assert.All(second, e => Assert.True(e.RequestMessage.Headers!.ContainsKey("If-None-Match"), e.RequestMessage.Path));
        Assert.All(second, e => Assert.Equal(304, e.ResponseMessage.StatusCode));
        Assert.Equal(first, _catalog.Snapshot.Entities.Select(e => (e.Ref, e.Source)));
    }

    [Fact]
    public async Task ReloadAsync_PushToOneRepository_OnlyThatRepositoryIsReadAgain()
    {
        await _catalog.ReloadAsync(CancellationToken.None);
        _gitHub.Push("search", new Dictionary<string, string> { ["catalog-info.yaml"] = Documents(Component("search", owner: "team-a"), Component("search-indexer")) });
        _gitHub.Publish();
        var requestsBefore = _gitHub.Server.LogEntries.Count;

        await _catalog.ReloadAsync(CancellationToken.None);

        Assert.NotNull(_catalog.Snapshot.Get(EntityRef.Parse("component:default/search-indexer")));
        var files = _gitHub.Server.LogEntries.Skip(requestsBefore).Where(e => e.RequestMessage.Path.Contains("/contents/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, e => Assert.StartsWith("/repos/acme/search/", e.RequestMessage.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReloadAsync_SecondaryRateLimit_WaitsOutRetryAfterAndLoads()
    {
        _gitHub.SecondaryRateLimitOnce("/repos/acme/search/commits/main");

        var status = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Loaded, null), (status.State, status.LastFailure));
        Assert.Equal([403, 200], _gitHub.RequestsTo("/repos/acme/search/commits/main").Select(e => e.ResponseMessage.StatusCode));
        Assert.NotNull(Get("component:default/search"));
    }

    [Fact]
    public async Task ReloadAsync_GitHubFailsHalfway_KeepsServingThePreviousCatalog()
    {
        await _catalog.ReloadAsync(CancellationToken.None);
        var served = _catalog.Snapshot;
        _gitHub.Break("/repos/acme/search/commits/main"); // asked on every load; files at a known commit are not asked again

        var status = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Same(served, _catalog.Snapshot);
        Assert.Equal(CatalogState.Loaded, status.State);
        Assert.StartsWith("GitHub: reading acme/search failed: 500", status.LastFailure, StringComparison.Ordinal);
    }

    private Entity Get(string reference) =>
        _catalog.Snapshot.Get(EntityRef.Parse(reference)) ?? throw new Xunit.Sdk.XunitException($"{reference} is not in the catalog");
}
