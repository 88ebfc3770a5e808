using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Catalog.Tests.Descriptors;

public sealed class BlockYamlReaderTests
{
    [Theory]
    [InlineData("a: b\nc: 'd'\ne: \"f\"\n")]
    [InlineData("# head\n---\nkind: Component\n---\n\n---\nkind: API # trailing\n")]
    [InlineData("a:\nb: # comment\nc: ~\n")]
    [InlineData("spec:\n  owner: team-a\n  dependsOn:\n    - resource:db\n    - 'component:x'\n")]
    [InlineData("links:\n  - url: https://x.example/a\n    title: A\n  -   url: b\n      icon:\n  - plain\n")]
    [InlineData("a: 'it''s'\nb: ''\nc: \"\"\nd: 'c#' # tag\n")]
    [InlineData("tags: []\nlabels: {}\nx: a:b\ny: a#b\nz: a [b] {c}, d\n")]
    [InlineData("d: |\n  line one\n    indented\n\n  line three\n\n\nnext: |-\n  kept\n")]
    [InlineData("d: >-\n  folded\n  into one line\ne: >\n  ends\n  with a break\nf: x\n")]
    [InlineData("a:\r\n  b: c\r\n")]
    [InlineData("  indented: root\n  second: key\n")]
    [InlineData("名前: 値\nx: é\n")]
    [InlineData("$yaml: other.yaml\n")]
    public void TryRead_BlockYaml_ReadsWhatYamlDotNetReads(string yaml)
    {
        var fast = BlockYamlReader.TryRead(yaml, DescriptorLimits.Default);

        Assert.NotNull(fast);
        Assert.Null(DescriptorTrees.Difference(DescriptorReader.ReadEvents(yaml, DescriptorLimits.Default), fast));
    }

    [Theory]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !tag b\n")]
    [InlineData("a: [b, c]\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: 'open\n  quote'\n")]
    [InlineData("a: \"esc\\n\"\n")]
    [InlineData("a:\n- compact\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a:\tb\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("'quoted key': b\n")]
    [InlineData("- root list\n")]
    [InlineData("a: b\n...\n")]
    [InlineData("--- a: b\n")]
    [InlineData("a: |2\n   x\n")]
    [InlineData("a: |+\n  x\n")]
    [InlineData("a: >\n  x\n\n  y\n")]
    [InlineData("a: |\n  x")]
    [InlineData("a: b\n   c: d\n")]
    [InlineData("a: -1\n")]
    public void TryRead_OutsideTheSubset_ReturnsNull(string yaml)
    {
        Assert.Null(BlockYamlReader.TryRead(yaml, DescriptorLimits.Default));
    }

    [Fact]
    public void TryRead_DeeperThanTheLimit_ReturnsNull()
    {
        var yaml = string.Concat(Enumerable.Range(0, 4).Select(i => new string(' ', i * 2) + $"k{i}:\n")) + "        v: x\n";

        Assert.NotNull(BlockYamlReader.TryRead(yaml, new DescriptorLimits(5, 1_000)));
        Assert.Null(BlockYamlReader.TryRead(yaml, new DescriptorLimits(4, 1_000)));
    }

    [Fact]
    public void TryRead_MoreNodesThanTheLimit_ReturnsNull()
    {
        const string yaml = "a: 1\nb: 2\nc: 3\n";

        Assert.NotNull(BlockYamlReader.TryRead(yaml, new DescriptorLimits(64, 7)));
        Assert.Null(BlockYamlReader.TryRead(yaml, new DescriptorLimits(64, 6)));
    }

    [Fact]
    public void TryRead_EveryFixtureFileItReads_ReadsWhatYamlDotNetReads()
    {
        var read = 0;
        foreach (var file in Directory.EnumerateFiles(Fixtures.Root, "*.y*ml", SearchOption.AllDirectories))
        {
            var yaml = File.ReadAllText(file);
            if (BlockYamlReader.TryRead(yaml, DescriptorLimits.Default) is { } fast)
            {
                read++;
                Assert.True(DescriptorTrees.Difference(DescriptorReader.ReadEvents(yaml, DescriptorLimits.Default), fast) is null,
                    $"{file}: {DescriptorTrees.Difference(DescriptorReader.ReadEvents(yaml, DescriptorLimits.Default), fast)}");
            }
        }

        Assert.True(read > 20, $"only {read} fixture files were in the subset");
    }
}
