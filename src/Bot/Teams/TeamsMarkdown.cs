using System.Text;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// Adaptive Card text blocks render a little Markdown; text from users or the catalog is escaped so it shows as
/// written and never becomes a link or formatting.
/// </summary>
internal static class TeamsMarkdown
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '~' or '#' or '>' or '<' or '!' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
