using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Tests.Entities;

public sealed class SmallStringMapTests
{
    private readonly SmallStringMap _map = new(["team", "payments", "tier", "1", "empty", ""]);

    [Fact]
    public void TryGetValue_KeyPresent_ReturnsItsValue()
    {
        Assert.True(_map.TryGetValue("tier", out var tier));
        Assert.Equal("1", tier);
        Assert.Equal("", _map["empty"]);
        Assert.Equal("payments", _map.GetValueOrDefault("team"));
    }

    [Fact]
    public void TryGetValue_KeyAbsentOrOtherCase_ReturnsFalse()
    {
        Assert.False(_map.TryGetValue("Team", out _));
        Assert.False(_map.ContainsKey("owner"));
        Assert.Null(_map.GetValueOrDefault("owner"));
        Assert.Throws<KeyNotFoundException>(() => _map["owner"]);
    }

    [Fact]
    public void GetEnumerator_AnyMap_YieldsPairsInOrderWritten()
    {
        Assert.Equal(3, _map.Count);
        Assert.Equal(["team", "tier", "empty"], _map.Keys);
        Assert.Equal(["payments", "1", ""], _map.Values);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "payments", ["tier"] = "1", ["empty"] = "" }, _map);
    }
}
