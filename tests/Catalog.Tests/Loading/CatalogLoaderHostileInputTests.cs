using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Tests.Support;
using Wayfinder.Catalog.Validation;
using static Wayfinder.Catalog.Tests.Support.Descriptor;

namespace Wayfinder.Catalog.Tests.Loading;

/// <summary>
/// Hostile files cost bounded work and never take the catalog down: each is reported with its position and skipped,
/// and everything else still loads. Each input is cheap to build, so these tests are fast by construction.
/// </summary>
public sealed class CatalogLoaderHostileInputTests : IDisposable
{
    private readonly TempCatalog _catalog = new();

    public CatalogLoaderHostileInputTests() => _catalog.Write("catalog/good.yaml", Component("still-loaded"));

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task LoadAsync_AliasBomb_ReportsErrorAndLoadsEverythingElse()
    {
        var bomb = Component("bomb", extraSpec: HostileYaml.AliasBomb(levels: 10, width: 10, indent: "  "));
        _catalog.Write("catalog/bomb.yaml", Documents(bomb, Component("after-bomb")));

        var loaded = await Load();

        Assert.Equal(["after-bomb", "still-loaded"], Names(loaded));
        var error = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal(Path.Combine("catalog", "bomb.yaml"), error.Position.Path);
        Assert.InRange(error.Position.Line, 10, 20);
        Assert.Contains("expands to more than 1,000,000 nodes (an alias bomb?)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_DeepBlockNesting_ReportsDepthErrorAndLoadsEverythingElse()
    {
        _catalog.Write("catalog/deep.yaml", Documents(Component("before-deep"), HostileYaml.DeepBlockMap(200), Component("after-deep")));

        var loaded = await Load();

        Assert.Equal(["before-deep", "still-loaded"], Names(loaded));
        var error = Assert.Single(loaded.Problems);
        Assert.StartsWith($"{Path.Combine("catalog", "deep.yaml")}:76:129:", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("nesting is deeper than 64 levels; the rest of the file is not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_DeepFlowNesting_ReportsDepthError()
    {
        _catalog.Write("catalog/deep.yaml", Component("deep", extraSpec: "  nested: " + HostileYaml.DeepFlowList(200)));

        var loaded = await Load();

        Assert.Equal(["still-loaded"], Names(loaded));
        var error = Assert.Single(loaded.Problems);
        Assert.Equal(10, error.Position.Line);
        Assert.Contains("nesting is deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_TenThousandLevelsOfFlowNesting_ReportsErrorWithoutCrashing()
    {
        // A stack overflow here would kill the test host: that is what this guards.
        _catalog.Write("catalog/deep.yaml", Documents(Component("before-deep"), HostileYaml.DeepFlowList(10_000)));

        var loaded = await Load();

        Assert.Equal(["before-deep", "still-loaded"], Names(loaded));
        Assert.Contains("nesting is deeper than", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FileOverSizeLimit_ReportsLimitAndIsNotRead()
    {
        var huge = _catalog.PathOf("catalog/huge.yaml");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024); // sparse: costs no disk and no time
        }

        var loaded = await Load();

        Assert.Equal(["still-loaded"], Names(loaded));
        Assert.Equal(
            $"{Path.Combine("catalog", "huge.yaml")}:1:1: error: file is 52,428,800 bytes, larger than the 16,777,216-byte limit (Catalog:MaxFileBytes); not read",
            Assert.Single(loaded.Problems).ToString());
    }

    [Fact]
    public async Task LoadAsync_SubstitutedFileOverSizeLimit_ReportsLimit()
    {
        using (var stream = File.Create(_catalog.PathOf("catalog/huge-definition.txt")))
        {
            stream.SetLength(2048);
        }

        _catalog.Write("catalog/api.yaml", Api("big", extraSpec: "  extra:\n    $text: huge-definition.txt"));
        var options = new CatalogOptions { MaxFileBytes = 1024 };

        var loaded = await SnapshotLoader.LoadAsync(options, _catalog.Root, "catalog");

        Assert.Equal(["still-loaded"], Names(loaded));
        Assert.Contains("larger than the 1,024-byte limit (Catalog:MaxFileBytes)", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_LocationTargetThatNeverEnds_ReadsNoMoreThanTheLimit()
    {
        // /dev/zero reports a size of 0 and never ends: trusting the size would read until memory runs out.
        Assert.True(File.Exists("/dev/zero"), "this test needs a Unix /dev/zero");
        _catalog.Write("catalog/all.yaml", Location("endless", "/dev/zero"));
        var options = new CatalogOptions { MaxFileBytes = 64 * 1024 };

        var loaded = await SnapshotLoader.LoadAsync(options, _catalog.Root, "catalog");

        Assert.Equal(["endless", "still-loaded"], Names(loaded));
        var error = Assert.Single(loaded.Problems);
        Assert.EndsWith("error: file is larger than the 65,536-byte limit (Catalog:MaxFileBytes); not read", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BinaryGarbage_ReportsBinaryFile()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[100] = 0;
        _catalog.WriteBytes("catalog/garbage.yaml", bytes);

        var loaded = await Load();

        Assert.Equal(["still-loaded"], Names(loaded));
        Assert.Equal(
            $"{Path.Combine("catalog", "garbage.yaml")}:1:1: error: file contains NUL bytes; it is binary, not a YAML text file",
            Assert.Single(loaded.Problems).ToString());
    }

    [Fact]
    public async Task LoadAsync_InvalidUtf8_ReportsEncoding()
    {
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(Component("latin1")), .. "  description: caf"u8, 0xE9, (byte)'\n'];
        _catalog.WriteBytes("catalog/latin1.yaml", bytes);

        var loaded = await Load();

        Assert.Equal(["still-loaded"], Names(loaded));
        Assert.Equal(
            $"{Path.Combine("catalog", "latin1.yaml")}:1:1: error: file is not valid UTF-8 text",
            Assert.Single(loaded.Problems).ToString());
    }

    [Fact]
    public async Task LoadAsync_SyntaxErrorMidFile_ReportsLineAndKeepsEarlierDocuments()
    {
        _catalog.Write("catalog/broken.yaml", Documents(Component("before-error"), Component("broken", extraMetadata: "  tags: [java, data"), Component("after-error")));

        var loaded = await Load();

        Assert.Contains("before-error", Names(loaded));
        Assert.Contains("still-loaded", Names(loaded));
        var error = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.StartsWith("YAML syntax error: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Position.Line, 15, 17); // the unclosed list is on line 15
    }

    [Theory]
    [InlineData("tags: [a, b\nowner: x\n")]
    [InlineData("a: {b: c\nd: e\n")]
    [InlineData("key: \"unterminated\n")]
    [InlineData("\t- tab indented\n")]
    [InlineData("? ? ? \n")]
    public async Task LoadAsync_MalformedYaml_ReportsErrorAndLoadsEverythingElse(string yaml)
    {
        _catalog.Write("catalog/malformed.yaml", yaml);

        var loaded = await Load();

        Assert.Equal(["still-loaded"], Names(loaded));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((ProblemSeverity.Error, Path.Combine("catalog", "malformed.yaml")), (problem.Severity, problem.Position.Path));
    }

    [Fact]
    public async Task LoadAsync_LocationTargetingItself_WarnsAndTerminates()
    {
        _catalog.Write("catalog/loop.yaml", Location("loop", "./loop.yaml"));

        var loaded = await Load();

        Assert.Equal(["loop", "still-loaded"], Names(loaded));
        var warning = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("location cycle", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_LocationLoopBetweenFiles_WarnsAndTerminates()
    {
        _catalog.Write("loop/a.yaml", Location("a", "./b.yaml"));
        _catalog.Write("loop/b.yaml", Location("b", "./c.yaml"));
        _catalog.Write("loop/c.yaml", Location("c", "./a.yaml"));

        var loaded = await SnapshotLoader.LoadAsync(_catalog.Root, "loop/a.yaml");

        Assert.Equal(["a", "b", "c"], loaded.Entities.Select(e => e.Metadata.Name));
        var warning = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("a.yaml -> ", warning.Message, StringComparison.Ordinal);
    }

    private Task<LoadResult> Load() => SnapshotLoader.LoadAsync(_catalog.Root, "catalog");

    private static List<string> Names(LoadResult loaded) => loaded.Entities.Select(e => e.Metadata.Name).Order(StringComparer.Ordinal).ToList();
}
