using System.Buffers;

namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// The one-line pieces <see cref="BlockYamlReader"/> reads: plain keys, and plain, single- or double-quoted values
/// that end on their line. Anything YAML might read another way throws <see cref="OutsideSubsetException"/>.
/// </summary>
internal static class InlineScalar
{
    /// <summary>Characters that give a plain scalar's first character a YAML meaning (indicators, reserved ones).</summary>
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    /// <summary>
    /// True when every character is one YAML reads the same way everywhere: printable, no tab, no line break other
    /// than <c>\n</c> or <c>\r\n</c>, no byte-order mark, no surrogate (whose columns YamlDotNet counts differently).
    /// </summary>
    public static bool IsSubsetText(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (true)
        {
            var next = text[i..].IndexOfAnyExceptInRange(' ', '~');
            if (next < 0)
            {
                return true;
            }

            i += next;
            var c = text[i];
            var allowed = c == '\n'
                || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                || (c is >= '\u00A0' and <= '\uD7FF' && c is not ('\u2028' or '\u2029'))
                || (c is >= '\uE000' and <= '\uFFFD' && c != '\uFEFF');
            if (!allowed)
            {
                return false;
            }

            i++;
        }
    }

    /// <summary>Index of the <c>:</c> that ends a plain key (followed by a space or the end), or -1.</summary>
    public static int KeyEnd(ReadOnlySpan<char> content)
    {
        for (var i = content.IndexOf(':'); i >= 0 && i < content.Length; i++)
        {
            if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Throws unless <paramref name="key"/> is a plain key YAML reads as written.</summary>
    public static void CheckKey(ReadOnlySpan<char> key)
    {
        if (key.Length == 0 || Indicators.Contains(key[0]) || key.Contains(' '))
        {
            throw new OutsideSubsetException();
        }
    }

    /// <summary>The value written at the end of a line (no trailing spaces), starting at a 1-based column.</summary>
    public static DescriptorScalar Parse(ReadOnlySpan<char> text, int line, int column, StringPool strings) => text[0] switch
    {
        '\'' => new DescriptorScalar(SingleQuoted(text, strings), isPlain: false, line, column),
        '"' => new DescriptorScalar(DoubleQuoted(text, strings), isPlain: false, line, column),
        _ => new DescriptorScalar(Plain(text, strings), isPlain: true, line, column),
    };

    private static string Plain(ReadOnlySpan<char> text, StringPool strings)
    {
        if (Indicators.Contains(text[0]))
        {
            throw new OutsideSubsetException();
        }

        var comment = text.IndexOf(" #");
        var value = (comment >= 0 ? text[..comment] : text).TrimEnd(' ');
        if (value.Contains(": ", StringComparison.Ordinal) || value[^1] == ':')
        {
            throw new OutsideSubsetException();
        }

        return strings.Get(value);
    }

    private static string SingleQuoted(ReadOnlySpan<char> text, StringPool strings)
    {
        var close = 1;
        var escaped = false;
        while (true)
        {
            var next = text[close..].IndexOf('\'');
            if (next < 0)
            {
                throw new OutsideSubsetException();
            }

            close += next;
            if (close + 1 < text.Length && text[close + 1] == '\'')
            {
                escaped = true;
                close += 2;
                continue;
            }

            CheckRest(text[(close + 1)..]);
            var inner = text[1..close];
            return escaped ? strings.Get(inner.ToString().Replace("''", "'", StringComparison.Ordinal)) : strings.Get(inner);
        }
    }

    private static string DoubleQuoted(ReadOnlySpan<char> text, StringPool strings)
    {
        var close = text[1..].IndexOfAny('"', '\\') + 1;
        if (close <= 0 || text[close] != '"')
        {
            throw new OutsideSubsetException();
        }

        CheckRest(text[(close + 1)..]);
        return strings.Get(text[1..close]);
    }

    /// <summary>After a closing quote only a comment may follow.</summary>
    private static void CheckRest(ReadOnlySpan<char> rest)
    {
        if (rest.Length > 0 && (rest[0] != ' ' || rest.TrimStart(' ')[0] != '#'))
        {
            throw new OutsideSubsetException();
        }
    }
}
