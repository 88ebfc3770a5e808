namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// Walks the content lines of a YAML text for <see cref="BlockYamlReader"/>: blank and comment-only lines are skipped,
/// a <c>---</c> line is reported as a separator, and anything else at column 1 starting with <c>---</c> or <c>...</c>
/// is outside the subset.
/// </summary>
internal sealed class YamlLineCursor(ReadOnlyMemory<char> text)
{
    private int _next;
    private int _nextNumber = 1;

    /// <summary>True past the last content line.</summary>
    public bool AtEnd { get; private set; }

    /// <summary>True when the current line is a document separator, <c>---</c>.</summary>
    public bool AtSeparator { get; private set; }

    /// <summary>1-based number of the current line.</summary>
    public int Number { get; private set; }

    /// <summary>Offset where the current content starts: after the indentation, or where <see cref="Narrow"/> put it.</summary>
    public int ContentStart { get; private set; }

    /// <summary>Columns before the content (0-based column of its first character).</summary>
    public int Indent => ContentStart - _lineStart;

    /// <summary>The current content, without the line break and trailing spaces.</summary>
    public ReadOnlySpan<char> Content => text.Span.Slice(ContentStart, _end - ContentStart);

    private int _lineStart;
    private int _end;

    /// <summary>Moves to the next content line (or the end).</summary>
    public void Advance()
    {
        AtSeparator = false;
        while (_next < text.Length)
        {
            var start = _next;
            var breakAt = IndexOfBreak(start);
            var end = breakAt < 0 ? text.Length : breakAt;
            _next = breakAt < 0 ? text.Length : breakAt + 1;
            Number = _nextNumber++;
            end = text.Span.Slice(start, end - start).TrimEnd("\r ").Length + start;
            var contentStart = text.Span.Slice(start, end - start).IndexOfAnyExcept(' ');
            if (contentStart < 0 || text.Span[start + contentStart] == '#')
            {
                continue;
            }

            (_lineStart, _end, ContentStart) = (start, end, start + contentStart);
            if (contentStart == 0 && (Content.StartsWith("---") || Content.StartsWith("...")))
            {
                AtSeparator = Content is "---" ? true : throw new OutsideSubsetException();
            }

            return;
        }

        AtEnd = true;
    }

    /// <summary>
    /// Reads the block scalar (<c>|</c>, <c>|-</c>, <c>&gt;</c>, <c>&gt;-</c>) whose header ends the current line, for a
    /// map at <paramref name="parentIndent"/>, and moves past it. Only text lines and empty lines: a line of spaces, a
    /// first line less indented than a later one, or nothing at all is left to YamlDotNet; so is a folded scalar with
    /// empty or more-indented lines inside (folding only joins lines with spaces here).
    /// </summary>
    public string ReadBlockScalar(int parentIndent, bool folded, bool strip)
    {
        var lines = ReadBlockLines(parentIndent);
        if (folded && lines.Exists(l => l.Length == 0 || l[0] == ' '))
        {
            throw new OutsideSubsetException();
        }

        var value = string.Join(folded ? ' ' : '\n', lines);
        Advance();
        return strip ? value : value + "\n";
    }

    /// <summary>The block scalar's lines without their indentation, trailing empty lines dropped.</summary>
    private List<string> ReadBlockLines(int parentIndent)
    {
        var lines = new List<string>();
        var (indent, blanks) = (-1, 0);
        while (_next < text.Length)
        {
            var breakAt = IndexOfBreak(_next);
            var line = text.Span.Slice(_next, (breakAt < 0 ? text.Length : breakAt) - _next).TrimEnd('\r');
            var lineIndent = line.IndexOfAnyExcept(' ');
            if (line.Length > 0 && lineIndent < 0)
            {
                throw new OutsideSubsetException();
            }

            if (line.Length > 0 && lineIndent < Math.Max(indent, parentIndent + 1))
            {
                break;
            }

            indent = indent < 0 ? (line.Length > 0 ? lineIndent : throw new OutsideSubsetException()) : indent;
            blanks = line.Length == 0 ? blanks + 1 : 0;
            lines.Add(line.Length == 0 ? string.Empty : line[indent..].ToString());
            (_next, _nextNumber) = (breakAt < 0 ? text.Length : breakAt + 1, _nextNumber + 1);
        }

        if (indent < 0 || (_next == text.Length && text.Span[^1] != '\n'))
        {
            // No text at all, or a last line without a line break (which clipping would not add): left to YamlDotNet.
            throw new OutsideSubsetException();
        }

        lines.RemoveRange(lines.Count - blanks, blanks);
        return lines;
    }

    private int IndexOfBreak(int from)
    {
        var found = text.Span[from..].IndexOf('\n');
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Starts the current content at <paramref name="offset"/>: a map written on a list item's line (<c>- url: …</c>).</summary>
    public void Narrow(int offset) => ContentStart = offset;
}
