using System.Text;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>Generators of hostile YAML: alias bombs and deep nesting. Each is small on disk and cheap to write.</summary>
internal static class HostileYaml
{
    /// <summary>
    /// "Billion laughs": <paramref name="levels"/> lists of <paramref name="width"/> items, each level aliasing the one
    /// before, so the last one expands to width^levels scalars. Written as keys of <c>spec</c> under <paramref name="indent"/>.
    /// </summary>
    public static string AliasBomb(int levels = 10, int width = 10, string indent = "")
    {
        var builder = new StringBuilder();
        builder.Append(indent).Append("lol0: &lol0 [").AppendJoin(", ", Enumerable.Repeat("lol", width)).Append("]\n");
        for (var level = 1; level < levels; level++)
        {
            builder.Append(indent).Append($"lol{level}: &lol{level} [")
                .AppendJoin(", ", Enumerable.Repeat($"*lol{level - 1}", width)).Append("]\n");
        }

        return builder.ToString();
    }

    /// <summary>A block-style map nested <paramref name="depth"/> levels deep (<c>k0:\n  k1:\n    …</c>).</summary>
    public static string DeepBlockMap(int depth)
    {
        var builder = new StringBuilder();
        for (var level = 0; level < depth; level++)
        {
            builder.Append(' ', level * 2).Append($"k{level}:\n");
        }

        builder.Append(' ', depth * 2).Append("leaf\n");
        return builder.ToString();
    }

    /// <summary>A flow-style list nested <paramref name="depth"/> levels deep: <c>[[[…]]]</c>.</summary>
    public static string DeepFlowList(int depth) => new string('[', depth) + new string(']', depth) + "\n";
}
