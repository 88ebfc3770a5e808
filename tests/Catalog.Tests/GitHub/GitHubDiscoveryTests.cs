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
            ["README.md"] = "# Payments\n\nCard payments for the shop.\n",
            ["docs/deploy.md"] = "# Deploying payments\n\n## To production\n\nRun the release pipeline.\n",
            ["docs/diagram.png.txt"] = "not markdown",
            ["docs/old/history.md"] = "# History\n",
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
        var asked = _gitHub.GraphQlBatches().SelectMany(b => b).ToList();
        Assert.Equal(5, asked.Count);
        Assert.DoesNotContain(FakeGitHub.NodeId("archived-app"), asked);
        Assert.DoesNotContain(FakeGitHub.NodeId("fork-of-lib"), asked);
    }

    [Fact]
    public async Task ReloadAsync_ColdOrganization_ReadsAllRepositoriesInOneGraphQlBatchPlusLocationFiles()
    {
        await _catalog.ReloadAsync(CancellationToken.None);

        // The repository list, one GraphQL request for the 5 repositories' files, and the one file a Location names.
        Assert.Equal(
            ["GET /orgs/acme/repos", "POST /graphql", "GET /repos/acme/payments/contents/docs/api.yaml"],
            _gitHub.Server.LogEntries.Select(e => $"{e.RequestMessage.Method} {e.RequestMessage.Path}"));
        Assert.All(_gitHub.Server.LogEntries, e => Assert.Equal(200, e.ResponseMessage.StatusCode));
    }

    [Fact]
    public async Task ReloadAsync_RelativeLocationTarget_ReadFromTheSameRepositoryWithItsSource()
    {
        await _catalog.ReloadAsync(CancellationToken.None);

        var api = Get("api:default/payments-rest");
        Assert.Equal("github.com/acme/payments/docs/api.yaml", api.Source.Path);
        Assert.Equal("https://github.com/acme/payments/edit/main/docs/api.yaml", api.Annotation(GitHubAnnotations.EditUrl));
        Assert.Equal(_gitHub.HeadOf("payments"), api.Annotation(GitHubAnnotations.SourceCommit));
        Assert.Equal($"https://github.com/acme/payments/blob/{_gitHub.HeadOf("payments")}/docs/api.yaml", api.Annotation(GitHubAnnotations.ViewUrl));
        Assert.Equal("acme/payments", api.Annotation(WellKnownAnnotations.GitHubProjectSlug));
    }

    [Fact]
    public async Task ReloadAsync_ReadmeAndDocs_PagesOfTheRepositoryEntitiesWithLinksAtTheCommit()
    {
        await _catalog.ReloadAsync(CancellationToken.None);

        var pages = _catalog.Snapshot.Pages.Where(p => p.Location.StartsWith("github.com/acme/payments/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["README.md", "docs/deploy.md"], pages.Select(p => p.Path)); // docs/*.md only: not other files, not subfolders
        var deploy = pages[1];
        Assert.Equal("Deploying payments", deploy.Title);
        Assert.Equal(["Deploying payments", "To production"], deploy.Sections.Select(s => s.Heading));
        Assert.Equal($"https://github.com/acme/payments/blob/{_gitHub.HeadOf("payments")}/docs/deploy.md", deploy.Url);
        Assert.Equal("https://github.com/acme/payments/edit/main/docs/deploy.md", deploy.EditUrl);
        Assert.Equal(_gitHub.HeadOf("payments"), deploy.Commit);
        Assert.Equal(["component:default/payments-api", "api:default/payments-rest"], deploy.Entities.Select(e => e.ToString()));
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

        // Only the repository list is asked again, and it answers 304: no repository was pushed to, so none is read.
        var second = Assert.Single(_gitHub.Server.LogEntries.Skip(requestsBefore));
        Assert.Equal("/orgs/acme/repos", second.RequestMessage.Path);
        Assert.True(second.RequestMessage.Headers!.ContainsKey("If-None-Match"));
        Assert.Equal(304, second.ResponseMessage.StatusCode);
        Assert.Equal(first, _catalog.Snapshot.Entities.Select(e => (e.Ref, e.Source)));
        Assert.Single(_catalog.Snapshot.Problems, p => p.Severity == ProblemSeverity.Error); // the broken descriptor is still reported
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
        Assert.Equal(_gitHub.HeadOf("search"), Get("component:default/search").Annotation(GitHubAnnotations.SourceCommit));
        Assert.Equal(["GET /orgs/acme/repos", "POST /graphql"],
            _gitHub.Server.LogEntries.Skip(requestsBefore).Select(e => $"{e.RequestMessage.Method} {e.RequestMessage.Path}"));
        Assert.Equal([FakeGitHub.NodeId("search")], _gitHub.GraphQlBatches()[^1]);
    }

    [Fact]
    public async Task ReloadAsync_RepositoryDeleted_ItsEntitiesDisappear()
    {
        await _catalog.ReloadAsync(CancellationToken.None);
        _gitHub.Delete("search");
        _gitHub.Publish();

        var status = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Loaded, null), (status.State, status.LastFailure));
        Assert.Null(_catalog.Snapshot.Get(EntityRef.Parse("component:default/search")));
        Assert.NotNull(_catalog.Snapshot.Get(EntityRef.Parse("component:default/payments-api")));
    }

    [Fact]
    public async Task ReloadAsync_RepositoryDeletedBetweenListAndRead_LeftOutWithoutFailing()
    {
        _gitHub.Vanish("search");

        var status = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Loaded, null), (status.State, status.LastFailure));
        Assert.Null(_catalog.Snapshot.Get(EntityRef.Parse("component:default/search")));
        Assert.Contains(FakeGitHub.NodeId("search"), _gitHub.GraphQlBatches()[0]);
    }

    [Fact]
    public async Task ReloadAsync_SubstitutionsInADescriptor_ReadFromTheSameRepositoryAndCommit()
    {
        _gitHub.Repository("ledger", new Dictionary<string, string>
        {
            ["catalog-info.yaml"] = Documents(
                "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ledger-api\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition:\n    $text: ./openapi/ledger.yaml\n",
                "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ledger-events\nspec:\n  type: asyncapi\n  lifecycle: production\n  owner: team-a\n  definition:\n    $json: ./missing.json\n"),
            ["openapi/ledger.yaml"] = "openapi: 3.0.0\ninfo:\n  title: Ledger\n",
        });
        _gitHub.Publish();
        await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal("openapi: 3.0.0\ninfo:\n  title: Ledger\n", Get("api:default/ledger-api").Spec["definition"]?.AsText());
        var error = Assert.Single(_catalog.Snapshot.Problems, p => p.Position.Path.Contains("ledger", StringComparison.Ordinal));
        Assert.Equal($"$json target './missing.json': not found in github.com/acme/ledger at {_gitHub.HeadOf("ledger")}", error.Message);
        Assert.Null(_catalog.Snapshot.Get(EntityRef.Parse("api:default/ledger-events")));
    }

    [Fact]
    public async Task ReloadAsync_GitHubTimesOutOnABigBatch_AsksAgainInHalvesAndLoadsEverything()
    {
        _gitHub.TimeOutBatchesLargerThan(2);

        var status = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Loaded, null), (status.State, status.LastFailure));
        Assert.Equal(9, status.Entities);
        Assert.Equal([5, 2, 3, 1, 2], _gitHub.GraphQlBatches().Select(b => b.Count)); // 5 refused → 2, then 3 refused → 1 + 2
    }

    [Fact]
    public async Task ReloadAsync_TruncatedDescriptor_ReadWholeThroughRest()
    {
        _gitHub.TruncateAt = 40;
        _gitHub.Publish();

        await _catalog.ReloadAsync(CancellationToken.None);

        Assert.NotNull(Get("component:default/search"));
        Assert.Single(_gitHub.RequestsTo("/repos/acme/search/contents/catalog-info.yaml"));
    }

    [Fact]
    public async Task ReloadAsync_SecondaryRateLimit_WaitsOutRetryAfterAndLoads()
    {
        _gitHub.SecondaryRateLimitOnce("/graphql");

        var status = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal((CatalogState.Loaded, null), (status.State, status.LastFailure));
        Assert.Equal([403, 200], _gitHub.RequestsTo("/graphql").Select(e => e.ResponseMessage.StatusCode));
        Assert.NotNull(Get("component:default/search"));
    }

    [Fact]
    public async Task ReloadAsync_GitHubFailsHalfway_KeepsServingThePreviousCatalog()
    {
        await _catalog.ReloadAsync(CancellationToken.None);
        var served = _catalog.Snapshot;
        _gitHub.Push("search", new Dictionary<string, string> { ["catalog-info.yaml"] = Component("search-v2") });
        _gitHub.Publish();
        _gitHub.BreakRepository("search");

        var status = await _catalog.ReloadAsync(CancellationToken.None);

        Assert.Same(served, _catalog.Snapshot);
        Assert.Equal(CatalogState.Loaded, status.State);
        Assert.StartsWith("GitHub: reading acme/search failed: GitHub GraphQL: 502", status.LastFailure, StringComparison.Ordinal);
    }

    private Entity Get(string reference) =>
        _catalog.Snapshot.Get(EntityRef.Parse(reference)) ?? throw new Xunit.Sdk.XunitException($"{reference} is not in the catalog");
}
