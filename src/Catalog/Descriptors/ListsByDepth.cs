namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// One reusable list per nesting depth for <see cref="BlockYamlParser"/>: a map or list collects its children in the
/// list of its depth, then copies them to an exact-size array, so parsing allocates no list per node.
/// </summary>
internal sealed class ListsByDepth<T>
{
    private readonly List<List<T>> _lists = [];

    /// <summary>The empty list for <paramref name="depth"/> (1-based).</summary>
    public List<T> Cleared(int depth)
    {
        while (_lists.Count < depth)
        {
            _lists.Add([]);
        }

        var list = _lists[depth - 1];
        list.Clear();
        return list;
    }
}
