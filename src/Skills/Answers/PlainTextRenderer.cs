using System.Text;

namespace Wayfinder.Skills.Answers;

/// <summary>
/// Renders an <see cref="Answer"/> for a terminal or a plain-text chat client: the text, the links, then where the
/// facts came from. Answers carry no markup, so nothing here needs escaping; chat renderers escape for their format.
/// </summary>
public static class PlainTextRenderer
{
    /// <summary>The answer as lines of plain text.</summary>
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder(answer.Text);
        foreach (var link in answer.Links)
        {
            text.Append('\n').Append("  ").Append(link.Title).Append(": ").Append(link.Url);
        }

        if (answer.Alternatives.Count > 0)
        {
            text.Append('\n').Append("  Candidates: ").AppendJoin(", ", answer.Alternatives);
        }

        if (answer.Sources.Count > 0)
        {
            text.Append('\n').Append("  Source: ").AppendJoin(", ", answer.Sources.Select(s => s.EditUrl is null ? $"{s.Path}:{s.Line}" : $"{s.Path}:{s.Line} (edit: {s.EditUrl})"));
        }

        return text.ToString();
    }
}
