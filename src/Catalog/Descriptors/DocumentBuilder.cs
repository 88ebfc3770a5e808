using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wayfinder.Catalog.Descriptors;

/// <summary>Builds one document's tree from parser events with an explicit stack (see <see cref="DescriptorReader"/>).</summary>
internal sealed class DocumentBuilder(DescriptorLimits limits, StringPool strings)
{
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, (DescriptorNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);
    private long _weight;
    private DescriptorNode? _root;
    private bool _tooDeep;
    private bool _hasSubstitutions;

    /// <summary>True when reading stopped inside this document (nesting too deep): the rest of the stream is not read.</summary>
    public bool StoppedReading { get; private set; }

    /// <summary>Consumes events up to and including the DocumentEnd; returns null for an empty document.</summary>
    public DescriptorDocument? Build(IParser parser)
    {
        while (!parser.TryConsume<DocumentEnd>(out _))
        {
            var ev = parser.Consume<ParsingEvent>();
            var error = Accept(ev);
            if (error is not null)
            {
                // Skipping a too-deep document would still scan all of it, and YamlDotNet's scanner spends time
                // proportional to the open flow levels on every token: quadratic in the depth. Stop reading instead.
                StoppedReading = _tooDeep;
                if (!_tooDeep)
                {
                    SkipToDocumentEnd(parser);
                }

                return new DescriptorDocument(null, error);
            }
        }

        return _root is null or DescriptorScalar { IsNull: true }
            ? null
            : new DescriptorDocument(_root, null) { HasSubstitutions = _hasSubstitutions };
    }

    private DescriptorReadError? Accept(ParsingEvent ev)
    {
        var line = (int)ev.Start.Line;
        var column = (int)ev.Start.Column;
        switch (ev)
        {
            case Scalar scalar:
                var node = new DescriptorScalar(strings.Get(scalar.Value), scalar.Style == ScalarStyle.Plain, line, column);
                return Count(1, line, column) ?? Remember(scalar.Anchor, node, 1) ?? Add(node);
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    return new DescriptorReadError(line, column, $"alias *{alias.Value} refers to no anchor");
                }

                return Count(anchored.Weight, line, column) ?? Add(anchored.Node);
            case MappingStart start:
                return Open(new Frame(start.Anchor, line, column, isMap: true));
            case SequenceStart start:
                return Open(new Frame(start.Anchor, line, column, isMap: false));
            case MappingEnd or SequenceEnd:
                return Close();
            default:
                return null;
        }
    }

    private DescriptorReadError? Open(Frame frame)
    {
        if (_stack.Count >= limits.MaxDepth)
        {
            _tooDeep = true;
            return new DescriptorReadError(frame.Line, frame.Column,
                $"nesting is deeper than {limits.MaxDepth} levels; the rest of the file is not read");
        }

        if (_stack.TryPeek(out var parent) && parent.IsMap && parent.PendingKey is null)
        {
            return new DescriptorReadError(frame.Line, frame.Column, "map keys must be plain text, not maps or lists");
        }

        frame.WeightAtStart = _weight;
        _stack.Push(frame);
        return Count(1, frame.Line, frame.Column);
    }

    private DescriptorReadError? Close()
    {
        var frame = _stack.Pop();
        DescriptorNode node = frame.IsMap
            ? new DescriptorMap(frame.Entries.ToArray(), frame.Line, frame.Column)
            : new DescriptorList(frame.Items.ToArray(), frame.Line, frame.Column);
        return Remember(frame.Anchor, node, _weight - frame.WeightAtStart) ?? Add(node);
    }

    private DescriptorReadError? Add(DescriptorNode node)
    {
        if (!_stack.TryPeek(out var parent))
        {
            _root = node;
            return null;
        }

        if (!parent.IsMap)
        {
            parent.Items.Add(node);
            return null;
        }

        if (parent.PendingKey is null)
        {
            if (node is not DescriptorScalar key)
            {
                return new DescriptorReadError(node.Line, node.Column, "map keys must be plain text, not maps or lists");
            }

            if (!parent.AddKey(key.Value))
            {
                return new DescriptorReadError(key.Line, key.Column, $"duplicate key '{key.Value}'; map keys must be unique");
            }

            parent.PendingKey = key;
            _hasSubstitutions |= key.Value is "$text" or "$json" or "$yaml";
            return null;
        }

        parent.Entries.Add(new DescriptorEntry(parent.PendingKey, node));
        parent.PendingKey = null;
        return null;
    }

    private DescriptorReadError? Remember(AnchorName anchor, DescriptorNode node, long weight)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (node, weight);
        }

        return null;
    }

    private DescriptorReadError? Count(long nodes, int line, int column)
    {
        _weight += nodes;
        return _weight > limits.MaxNodes
            ? new DescriptorReadError(line, column,
                $"document expands to more than {limits.MaxNodes:N0} nodes (an alias bomb?); the document is skipped")
            : null;
    }

    private static void SkipToDocumentEnd(IParser parser)
    {
        while (!parser.TryConsume<DocumentEnd>(out _))
        {
            parser.Consume<ParsingEvent>();
        }
    }

    private sealed class Frame(AnchorName anchor, int line, int column, bool isMap)
    {
        public AnchorName Anchor { get; } = anchor;
        public int Line { get; } = line;
        public int Column { get; } = column;
        public bool IsMap { get; } = isMap;
        public long WeightAtStart { get; set; }
        public List<DescriptorEntry> Entries { get; } = [];
        public List<DescriptorNode> Items { get; } = [];
        public DescriptorScalar? PendingKey { get; set; }

        private HashSet<string>? _keys;

        /// <summary>False when the key is already in the map. Small maps are scanned; a set is built past 8 keys.</summary>
        public bool AddKey(string key)
        {
            if (_keys is null && Entries.Count < 8)
            {
                return !Entries.Exists(e => string.Equals(e.Key.Value, key, StringComparison.Ordinal));
            }

            _keys ??= new HashSet<string>(Entries.Select(e => e.Key.Value), StringComparer.Ordinal);
            return _keys.Add(key);
        }
    }
}
