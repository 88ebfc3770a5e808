namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// Parses the documents <see cref="BlockYamlReader"/> reads, one at a time, by recursive descent over indented lines;
/// throws <see cref="OutsideSubsetException"/> at anything outside its subset.
/// </summary>
internal sealed class BlockYamlParser
{
    /// <summary>Deeper texts are left to YamlDotNet, which has no recursion to overflow.</summary>
    private const int MaxNesting = 64;

    /// <summary>Larger maps are left to YamlDotNet: duplicate keys are found here by scanning.</summary>
    private const int MaxEntries = 64;

    private readonly YamlLineCursor _lines;
    private readonly DescriptorLimits _limits;
    private readonly StringPool _strings;
    private readonly ListsByDepth<DescriptorMapSlot> _entries = new();
    private readonly ListsByDepth<DescriptorNode> _items = new();
    private long _nodes;
    private bool _hasSubstitutions;

    public BlockYamlParser(YamlLineCursor lines, DescriptorLimits limits, StringPool strings)
    {
        _strings = strings;
        _lines = lines;
        _limits = limits;
    }

    /// <summary>Parses the document starting at the current line, up to the next separator or the end.</summary>
    public DescriptorDocument ParseDocument()
    {
        (_nodes, _hasSubstitutions) = (0, false);
        var root = ParseBlock(_lines.Indent, depth: 1);
        if (root is not DescriptorMap || !(_lines.AtEnd || _lines.AtSeparator))
        {
            throw new OutsideSubsetException();
        }

        return new DescriptorDocument(root, null) { HasSubstitutions = _hasSubstitutions };
    }

    private bool InBlock(int indent) => !_lines.AtEnd && !_lines.AtSeparator && _lines.Indent >= indent;

    private static bool IsListItem(ReadOnlySpan<char> content) => content[0] == '-' && (content.Length == 1 || content[1] == ' ');

    private DescriptorNode ParseBlock(int indent, int depth)
    {
        if (depth > Math.Min(_limits.MaxDepth, MaxNesting))
        {
            throw new OutsideSubsetException();
        }

        Count();
        return IsListItem(_lines.Content) ? ParseList(indent, depth) : ParseMap(indent, depth);
    }

    private DescriptorMap ParseMap(int indent, int depth)
    {
        var entries = _entries.Cleared(depth);
        var (line, column) = (_lines.Number, indent + 1);
        while (InBlock(indent))
        {
            if (_lines.Indent > indent || entries.Count >= MaxEntries)
            {
                throw new OutsideSubsetException();
            }

            entries.Add(ParseEntry(indent, depth, entries));
        }

        return new DescriptorMap(entries.ToArray(), line, column);
    }

    private DescriptorMapSlot ParseEntry(int indent, int depth, List<DescriptorMapSlot> siblings)
    {
        var content = _lines.Content;
        var (key, colon) = ReadKey(content, siblings);
        var keyLine = _lines.Number;
        _hasSubstitutions |= key is "$text" or "$json" or "$yaml";
        var rest = content[(colon + 1)..];
        var spaces = rest.Length - rest.TrimStart(' ').Length;
        if (rest.Length == spaces || rest[spaces] == '#')
        {
            // YamlDotNet places an empty value right after the ':'.
            var (line, column) = (_lines.Number, indent + colon + 2);
            _lines.Advance();
            return new DescriptorMapSlot(key, NestedOrNull(indent, depth, line, column), keyLine, indent + 1);
        }

        return new DescriptorMapSlot(key, ParseValue(rest[spaces..], indent, depth, indent + colon + 2 + spaces), keyLine, indent + 1);
    }

    /// <summary>The key of an entry line and where its ':' is; a key already in the map is left to YamlDotNet.</summary>
    private (string Key, int Colon) ReadKey(ReadOnlySpan<char> content, List<DescriptorMapSlot> siblings)
    {
        var colon = InlineScalar.KeyEnd(content);
        var keyText = colon > 0 ? content[..colon] : throw new OutsideSubsetException();
        InlineScalar.CheckKey(keyText);
        Count();
        foreach (var sibling in siblings)
        {
            if (keyText.SequenceEqual(sibling.Key))
            {
                throw new OutsideSubsetException();
            }
        }

        return (_strings.Get(keyText), colon);
    }

    /// <summary>A value written after its key: a scalar, a block scalar, or an empty flow list or map.</summary>
    private DescriptorNode ParseValue(ReadOnlySpan<char> text, int indent, int depth, int column)
    {
        var line = _lines.Number;
        Count();
        if (text is "|" or "|-" or ">" or ">-")
        {
            var block = _lines.ReadBlockScalar(indent, folded: text[0] == '>', strip: text.Length == 2);
            return new DescriptorScalar(block, isPlain: false, line, column);
        }

        DescriptorNode value = text switch
        {
            "[]" => depth < Math.Min(_limits.MaxDepth, MaxNesting) ? new DescriptorList([], line, column) : throw new OutsideSubsetException(),
            "{}" => depth < Math.Min(_limits.MaxDepth, MaxNesting) ? new DescriptorMap(Array.Empty<DescriptorMapSlot>(), line, column) : throw new OutsideSubsetException(),
            _ => InlineScalar.Parse(text, line, column, _strings),
        };
        _lines.Advance();
        return value;
    }

    private DescriptorNode NestedOrNull(int indent, int depth, int line, int column)
    {
        if (!_lines.AtEnd && !_lines.AtSeparator)
        {
            if (_lines.Indent > indent)
            {
                return ParseBlock(_lines.Indent, depth + 1);
            }

            if (_lines.Indent == indent && IsListItem(_lines.Content))
            {
                // A list at its key's own indentation is valid YAML, but left to YamlDotNet.
                throw new OutsideSubsetException();
            }
        }

        Count();
        return new DescriptorScalar(string.Empty, isPlain: true, line, column);
    }

    private DescriptorList ParseList(int indent, int depth)
    {
        var items = _items.Cleared(depth);
        var (line, column) = (_lines.Number, indent + 1);
        while (InBlock(indent))
        {
            if (_lines.Indent > indent || !IsListItem(_lines.Content))
            {
                throw new OutsideSubsetException();
            }

            items.Add(ParseItem(indent, depth));
        }

        return new DescriptorList(items.ToArray(), line, column);
    }

    private DescriptorNode ParseItem(int indent, int depth)
    {
        var content = _lines.Content;
        var spaces = content.Length > 1 ? content[1..].IndexOfAnyExcept(' ') : -1;
        var rest = spaces > 0 ? content[(1 + spaces)..] : throw new OutsideSubsetException();
        if (IsListItem(rest))
        {
            throw new OutsideSubsetException();
        }

        if (rest[0] is not ('\'' or '"') && InlineScalar.KeyEnd(rest) > 0)
        {
            // A map starting on the item's line: its keys line up with the first one.
            _lines.Narrow(_lines.ContentStart + 1 + spaces);
            return ParseBlock(_lines.Indent, depth + 1);
        }

        var value = InlineScalar.Parse(rest, _lines.Number, indent + 2 + spaces, _strings);
        Count();
        _lines.Advance();
        return value;
    }

    private void Count()
    {
        if (++_nodes > _limits.MaxNodes)
        {
            throw new OutsideSubsetException();
        }
    }
}
