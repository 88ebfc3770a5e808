using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Pages;

public sealed class LocalPagesTests : IDisposable
{
    private const string TechDocsHere = "  annotations:\n    backstage.io/techdocs-ref: dir:.";
    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task LoadAsync_TechDocsDirDot_ReadmeAndDocsPagesReadmeFirst()
    {
        _catalog.Write("payments/catalog-info.yaml", Component("payments", extraMetadata: TechDocsHere));
        _catalog.Write("payments/README.md", "# Payments\n\nTakes card payments.\n");
        _catalog.Write("payments/docs/troubleshooting.md", "# Troubleshooting\n\n## Timeouts\n\nCheck the acquirer.\n");
        _catalog.Write("payments/docs/deploy.md", "# Deploying payments\n\n## Deploying to production\n\nPromote the build.\n");
        _catalog.Write("payments/docs/nested/ignored.md", "# Not read\n");
        _catalog.Write("payments/docs/notes.txt", "not markdown");

        var loaded = await Load("payments");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["README.md", "docs/deploy.md", "docs/troubleshooting.md"], loaded.Pages.Select(p => p.Path));
        var deploy = loaded.Pages[1];
        Assert.Equal(("Deploying payments", "payments/docs/deploy.md"), (deploy.Title, deploy.Location));
        Assert.Equal((null, null, null), (deploy.Url, deploy.EditUrl, deploy.Commit));
        Assert.Equal(["component:default/payments"], deploy.Entities.Select(e => e.ToString()));
        Assert.Contains(deploy.Sections, s => s.Anchor == "deploying-to-production");
    }

    [Fact]
    public async Task LoadAsync_NoDocsFolder_ReadmeOnlyAndNoProblem()
    {
        _catalog.Write("payments/catalog-info.yaml", Component("payments", extraMetadata: TechDocsHere));
        _catalog.Write("payments/README.md", "# Payments\n");

        var loaded = await Load("payments");

        Assert.Empty(loaded.Problems);
        Assert.Equal(["README.md"], loaded.Pages.Select(p => p.Path));
    }

    [Fact]
    public async Task LoadAsync_MissingTechDocsFolder_Silent()
    {
        _catalog.Write("payments/catalog-info.yaml", Component("payments", extraMetadata: "  annotations:\n    backstage.io/techdocs-ref: dir:./site"));

        var loaded = await Load("payments");

        Assert.Empty(loaded.Problems);
        Assert.Empty(loaded.Pages);
    }

    [Fact]
    public async Task LoadAsync_NoTechDocsRef_NoPages()
    {
        _catalog.Write("payments/catalog-info.yaml", Component("payments"));
        _catalog.Write("payments/README.md", "# Payments\n");

        var loaded = await Load("payments");

        Assert.Empty(loaded.Pages);
    }

    [Fact]
    public async Task LoadAsync_TwoEntitiesSameFolder_PagesReadOnceDocumentingBoth()
    {
        _catalog.Write("payments/catalog-info.yaml", Documents(Component("payments", extraMetadata: TechDocsHere), Api("payments-api", extraMetadata: TechDocsHere)));
        _catalog.Write("payments/docs/deploy.md", "# Deploy\n\nPromote the build.\n");

        var loaded = await Load("payments");

        var page = Assert.Single(loaded.Pages);
        Assert.Equal(["component:default/payments", "api:default/payments-api"], page.Entities.Select(e => e.ToString()));
    }

    [Fact]
    public async Task LoadAsync_OversizedPage_WarningAndOtherPagesKept()
    {
        _catalog.Write("payments/catalog-info.yaml", Component("payments", extraMetadata: TechDocsHere));
        _catalog.Write("payments/README.md", "# Payments\n");
        _catalog.Write("payments/docs/huge.md", new string('x', 2048));

        var loaded = await SnapshotLoader.LoadAsync(new CatalogOptions { MaxFileBytes = 1024 }, _catalog.Root, _catalog.PathOf("payments"));

        Assert.Equal(["README.md"], loaded.Pages.Select(p => p.Path));
        var warning = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("payments/docs/huge.md", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains("documentation page not read", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_TechDocsOutsideCatalogFolders_WarningNotRead()
    {
        _catalog.Write("outside/README.md", "# Secret\n");
        _catalog.Write("catalog/catalog-info.yaml", Component("payments", extraMetadata: "  annotations:\n    backstage.io/techdocs-ref: dir:../outside"));

        var loaded = await Load("catalog");

        Assert.Empty(loaded.Pages);
        Assert.Contains(loaded.Problems, p => p.Severity == ProblemSeverity.Warning && p.Message.Contains("outside the catalog", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_Pages_PagesOfEntityInLoadOrder()
    {
        _catalog.Write("payments/catalog-info.yaml", Component("payments", extraMetadata: TechDocsHere));
        _catalog.Write("payments/README.md", "# Payments\n");
        _catalog.Write("payments/docs/deploy.md", "# Deploy\n");

        var snapshot = SnapshotLoader.Relate(await Load("payments"));

        var payments = Assert.Single(snapshot.FindByName("payments"));
        Assert.Equal(["README.md", "docs/deploy.md"], snapshot.PagesOf(payments.Ref).Select(p => p.Path));
        Assert.Equal(2, snapshot.Pages.Count);
        Assert.Empty(snapshot.PagesOf(new("group", "default", "team-a")));
    }

    private Task<LoadResult> Load(string folder) => SnapshotLoader.LoadAsync(_catalog.Root, _catalog.PathOf(folder));
}
