using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Catalog.Tests.Descriptors;

public sealed class ListsByDepthTests
{
    [Fact]
    public void Cleared_SameDepthAgain_SameListEmptied()
    {
        var lists = new ListsByDepth<int>();
        var first = lists.Cleared(2);
        first.Add(7);

        var again = lists.Cleared(2);

        Assert.Same(first, again);
        Assert.Empty(again);
    }

    [Fact]
    public void Cleared_OtherDepths_KeepTheirOwnItems()
    {
        var lists = new ListsByDepth<int>();
        var outer = lists.Cleared(1);
        outer.Add(1);

        lists.Cleared(3).Add(3);

        Assert.Equal([1], outer);
    }
}
