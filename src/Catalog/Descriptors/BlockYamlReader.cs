namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// Reads the block YAML that descriptor files are nearly always written in (maps and lists by indentation, one-line
/// plain or quoted scalars, simple literal and folded block scalars, <c>[]</c> and <c>{}</c>, comments, <c>---</c>
/// between documents) straight into descriptor nodes, with the lines and columns YamlDotNet gives. Anything else
/// (anchors, tags, flow collections, multi-line flow scalars, escapes, tabs, errors of any kind) makes it give up on the
/// whole text, which <see cref="DescriptorReader"/> then reads with YamlDotNet.
/// </summary>
/// <remarks>
/// Hand-written for load time: YamlDotNet allocates about 20 times the file size in tokens, events and marks
/// (about 2 GB for 100,000 entities), and collecting that was a third of the load. This reader allocates the nodes
/// and each distinct short string once per file.
/// </remarks>
internal static class BlockYamlReader
{
    /// <summary>A pool bigger than this is dropped rather than cleared for the next file.</summary>
    private const int MaxKeptStrings = 50_000;

    // One string pool per thread, cleared between files: growing a fresh pool for every file was 60 MB of garbage
    // at 100,000 entities.
    [ThreadStatic]
    private static StringPool? t_strings;

    /// <summary>The documents of <paramref name="yaml"/>, or <c>null</c> when it is not entirely in the subset read here.</summary>
    public static IReadOnlyList<DescriptorDocument>? TryRead(string yaml, DescriptorLimits limits) => TryRead(yaml.AsMemory(), limits);

    /// <summary>The documents of <paramref name="yaml"/>, or <c>null</c> when it is not entirely in the subset read here.</summary>
    public static IReadOnlyList<DescriptorDocument>? TryRead(ReadOnlyMemory<char> yaml, DescriptorLimits limits)
    {
        if (!InlineScalar.IsSubsetText(yaml.Span))
        {
            return null;
        }

        try
        {
            return ReadAll(yaml, limits);
        }
        catch (OutsideSubsetException)
        {
            return null;
        }
    }

    private static List<DescriptorDocument> ReadAll(ReadOnlyMemory<char> yaml, DescriptorLimits limits)
    {
        var documents = new List<DescriptorDocument>();
        var lines = new YamlLineCursor(yaml);
        var strings = t_strings is { Count: <= MaxKeptStrings } kept ? kept : t_strings = new StringPool();
        strings.Clear();
        var parser = new BlockYamlParser(lines, limits, strings);
        lines.Advance();
        while (!lines.AtEnd)
        {
            if (lines.AtSeparator)
            {
                lines.Advance();
                continue;
            }

            documents.Add(parser.ParseDocument());
        }

        return documents;
    }
}
