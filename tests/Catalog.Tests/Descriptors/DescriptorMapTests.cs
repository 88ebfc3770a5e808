using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Catalog.Tests.Descriptors;

public sealed class DescriptorMapTests
{
    [Fact]
    public void Entries_KeysGivenAsNodes_ComeBackWithTextQuotingAndPosition()
    {
        var value = new DescriptorScalar("x", isPlain: true, 3, 9);
        var map = new DescriptorMap([new DescriptorEntry(new DescriptorScalar("owner", isPlain: false, 3, 2), value)], 3, 2);

        var (key, read) = Assert.Single(map.Entries);

        Assert.Equal(("owner", false, 3, 2), (key.Value, key.IsPlain, key.Line, key.Column));
        Assert.Same(value, read);
        Assert.Same(value, map["owner"]);
        Assert.Equal(1, map.Count);
    }

    [Fact]
    public void KeyNode_PlainKeyInColumnOne_IsPlainAtThatColumn()
    {
        var slot = DescriptorMapSlot.Of(new DescriptorScalar("kind", isPlain: true, 7, 1), DescriptorMap.Empty);

        var key = slot.KeyNode();

        Assert.Equal(("kind", true, 7, 1), (key.Value, key.IsPlain, key.Line, key.Column));
        Assert.Equal("kind", slot.Key);
    }

    [Fact]
    public void Indexer_KeyAbsentOrOtherCase_ReturnsNull()
    {
        var map = new DescriptorMap([new DescriptorEntry(new DescriptorScalar("type", isPlain: true, 1, 1), new DescriptorScalar("service", isPlain: true, 1, 7))], 1, 1);

        Assert.Null(map["Type"]);
        Assert.Null(map.Text("owner"));
        Assert.Equal("service", map.Text("type"));
    }

    [Fact]
    public void WithValues_NewValues_KeepsKeysAndPositions()
    {
        var map = new DescriptorMap([new DescriptorEntry(new DescriptorScalar("a", isPlain: true, 2, 3), new DescriptorScalar("old", isPlain: true, 2, 6))], 2, 3);
        var replacement = new DescriptorScalar("new", isPlain: false, 9, 9);

        var changed = map.WithValues([replacement]);

        var (key, value) = Assert.Single(changed.Entries);
        Assert.Equal(("a", 2, 3), (key.Value, key.Line, key.Column));
        Assert.Same(replacement, value);
        Assert.Equal((2, 3), (changed.Line, changed.Column));
        Assert.Equal("old", map.Text("a"));
    }
}
