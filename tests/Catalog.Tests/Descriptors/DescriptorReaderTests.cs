using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Catalog.Tests.Descriptors;

public sealed class DescriptorReaderTests
{
    [Fact]
    public void Read_SeveralDocuments_ReturnsEachNonEmptyOneInOrder()
    {
        const string yaml = """
            ---
            ---
            # only a comment
            ---
            name: first
            ---
            # a comment before the document
            name: second
            ---
            ...
            """;

        var documents = DescriptorReader.Read(yaml, DescriptorLimits.Default);

        Assert.Equal(["first", "second"], documents.Select(d => ((DescriptorMap)d.Root!).Text("name")));
        Assert.All(documents, d => Assert.Null(d.Error));
    }

    [Fact]
    public void Read_EmptyText_ReturnsNoDocuments()
    {
        Assert.Empty(DescriptorReader.Read("", DescriptorLimits.Default));
        Assert.Empty(DescriptorReader.Read("# nothing but a comment\n", DescriptorLimits.Default));
    }

    [Theory]
    [InlineData("on")]
    [InlineData("off")]
    [InlineData("yes")]
    [InlineData("1.0")]
    [InlineData("1.0.0")]
    [InlineData("0123")]
    [InlineData("2024-01-01")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    public void Read_PlainScalarYamlWouldCoerce_KeepsSourceText(string value)
    {
        var root = ReadOne($"value: {value}\n");

        var scalar = Assert.IsType<DescriptorScalar>(root["value"]);
        Assert.Equal(value, scalar.Value);
        Assert.True(scalar.IsPlain);
        Assert.False(scalar.IsNull);
    }

    [Fact]
    public void Read_QuotedScalar_IsNotPlainAndNotTyped()
    {
        var root = ReadOne("a: 'true'\nb: \"123\"\nc: true\n");

        Assert.False(((DescriptorScalar)root["a"]!).LooksTyped);
        Assert.False(((DescriptorScalar)root["b"]!).LooksTyped);
        Assert.True(((DescriptorScalar)root["c"]!).LooksTyped);
    }

    [Theory]
    [InlineData("value:")]
    [InlineData("value: ~")]
    [InlineData("value: null")]
    public void Read_NullScalar_IsNullWithNoText(string yaml)
    {
        var root = ReadOne(yaml);

        var scalar = Assert.IsType<DescriptorScalar>(root["value"]);
        Assert.True(scalar.IsNull);
        Assert.Null(scalar.AsText());
    }

    [Fact]
    public void Read_Nodes_CarryOneBasedLineAndColumn()
    {
        var root = ReadOne("metadata:\n  name: artist-lookup\n  tags: [java, data]\n");

        var metadata = (DescriptorMap)root["metadata"]!;
        var name = metadata["name"]!;
        var tags = (DescriptorList)metadata["tags"]!;
        Assert.Equal((2, 9), (name.Line, name.Column));
        Assert.Equal((3, 16), (tags.Items[1].Line, tags.Items[1].Column));
    }

    [Fact]
    public void Read_DuplicateKey_ReportsErrorAtSecondKey()
    {
        var document = Assert.Single(DescriptorReader.Read("name: a\nkind: b\nname: c\n", DescriptorLimits.Default));

        Assert.Null(document.Root);
        Assert.Equal(3, document.Error!.Line);
        Assert.Contains("duplicate key 'name'", document.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MapAsKey_ReportsError()
    {
        var document = Assert.Single(DescriptorReader.Read("? [a, b]\n: value\n", DescriptorLimits.Default));

        Assert.Contains("map keys must be plain text", document.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AliasWithinBudget_ExpandsToAnchoredNode()
    {
        var root = ReadOne("base: &owner team-a\nowner: *owner\nlist: &l [a, b]\ncopy: *l\n");

        Assert.Equal("team-a", root.Text("owner"));
        Assert.Equal(["a", "b"], ((DescriptorList)root["copy"]!).Items.Select(i => i.AsText()));
    }

    [Fact]
    public void Read_AliasToUnknownAnchor_ReportsError()
    {
        var document = Assert.Single(DescriptorReader.Read("owner: *nowhere\n", DescriptorLimits.Default));

        Assert.Null(document.Root);
        Assert.Contains("refers to no anchor", document.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AliasBomb_ReportsErrorWithinBudget()
    {
        // Ten levels of ten aliases expand to 10^10 scalars; the budget stops it near the 1,000,000th node.
        var yaml = HostileYaml.AliasBomb(levels: 10, width: 10) + "---\nname: after-the-bomb\n";

        var documents = DescriptorReader.Read(yaml, DescriptorLimits.Default);

        Assert.Equal(2, documents.Count);
        var error = documents[0].Error!;
        Assert.Contains("expands to more than 1,000,000 nodes", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 1, 10);
        Assert.Equal("after-the-bomb", ((DescriptorMap)documents[1].Root!).Text("name"));
    }

    [Fact]
    public void Read_NestingDeeperThanLimit_ReportsDepthError()
    {
        var documents = DescriptorReader.Read(HostileYaml.DeepBlockMap(200), DescriptorLimits.Default);

        var error = Assert.Single(documents).Error!;
        Assert.Contains("nesting is deeper than 64 levels", error.Message, StringComparison.Ordinal);
        Assert.Equal(65, error.Line); // the 65th map starts on line 65
    }

    [Fact]
    public void Read_FlowNestingDeeperThanLimit_ReportsDepthError()
    {
        var documents = DescriptorReader.Read(HostileYaml.DeepFlowList(200), DescriptorLimits.Default);

        var error = Assert.Single(documents).Error!;
        Assert.Contains("nesting is deeper than 64 levels", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 65), (error.Line, error.Column));
    }

    [Fact]
    public void Read_TenThousandLevelsOfFlowNesting_ReportsErrorWithoutOverflowingTheStack()
    {
        // A recursive reader would overflow the stack here, which kills the test host rather than failing a test.
        var yaml = "name: read-before\n---\n" + HostileYaml.DeepFlowList(10_000);

        var documents = DescriptorReader.Read(yaml, DescriptorLimits.Default);

        Assert.Equal(2, documents.Count);
        Assert.Equal("read-before", ((DescriptorMap)documents[0].Root!).Text("name"));
        Assert.Equal("nesting is deeper than 64 levels; the rest of the file is not read", documents[1].Error!.Message);
    }

    [Fact]
    public void Read_TooDeepDocument_StopsReadingTheFile()
    {
        // Scanning the rest of a deep flow collection costs time quadratic in its depth, so reading stops at the limit:
        // a million levels (a 2 MB file) cost as little as 65.
        var yaml = HostileYaml.DeepFlowList(1_000_000) + "---\nname: not-read\n";

        var document = Assert.Single(DescriptorReader.Read(yaml, DescriptorLimits.Default));

        Assert.Equal((1, 65), (document.Error!.Line, document.Error.Column));
        Assert.Contains("the rest of the file is not read", document.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SmallerLimits_AreApplied()
    {
        var limits = new DescriptorLimits(MaxDepth: 2, MaxNodes: 5);

        var deep = Assert.Single(DescriptorReader.Read("a: {b: {c: d}}\n", limits));
        var wide = Assert.Single(DescriptorReader.Read("a: [1, 2, 3, 4, 5, 6]\n", new DescriptorLimits(10, 5)));

        Assert.Contains("deeper than 2 levels", deep.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("more than 5 nodes", wide.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SyntaxErrorMidStream_KeepsEarlierDocumentsAndReportsLine()
    {
        const string yaml = """
            name: first
            ---
            name: second
            ---
            name: third
            tags: [a, b
            owner: x
            """;

        var documents = DescriptorReader.Read(yaml, DescriptorLimits.Default);

        Assert.Equal(["first", "second"], documents.Take(2).Select(d => ((DescriptorMap)d.Root!).Text("name")));
        var error = documents[^1].Error!;
        Assert.StartsWith("YAML syntax error: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line:", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 6, 7);
    }

    [Theory]
    [InlineData("tags: [a, b\nowner: x\n")]
    [InlineData("tags: [a, b\n")]
    [InlineData("a: {b: c\nd: e\n")]
    [InlineData("a: \"unterminated\n")]
    [InlineData("a: b: c\n")]
    [InlineData("- a\nb: c\n")]
    [InlineData("a:\n  - b\n c: d\n")]
    [InlineData("a: &x\n  b: *\n")]
    [InlineData("%YAML 9.9\n---\na: b\n")]
    public void Read_MalformedYaml_ReportsSyntaxErrorInsteadOfThrowing(string yaml)
    {
        var documents = DescriptorReader.Read(yaml, DescriptorLimits.Default);

        var error = Assert.Single(documents, d => d.Error is not null).Error!;
        Assert.StartsWith("YAML syntax error: ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1 && error.Column >= 1, $"position {error.Line}:{error.Column} should be 1-based");
    }

    private static DescriptorMap ReadOne(string yaml)
    {
        var document = Assert.Single(DescriptorReader.Read(yaml, DescriptorLimits.Default));
        Assert.Null(document.Error);
        return Assert.IsType<DescriptorMap>(document.Root);
    }
}
