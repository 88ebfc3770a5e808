using System.Text.RegularExpressions;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Docs;

/// <summary>
/// The words of a docs question to search the subject's pages with: the question without the subject's names (name,
/// title, aliases), which every page of the subject would match. The phrase as typed is not taken out whole: it may
/// carry more than a name ("payments-gateway to production").
/// </summary>
internal static class DocQuestionWords
{
    /// <summary>The question text with every name of <paramref name="subject"/> taken out as whole words, longest first.</summary>
    public static string Of(string question, Entity subject)
    {
        var name = subject.Metadata.Name;
        string?[] names = [name, name.Replace('-', ' '), name.Replace('_', ' '), subject.Metadata.Title, .. subject.Aliases];
        var text = question;
        foreach (var named in names.OfType<string>().Where(n => n.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length))
        {
            text = Regex.Replace(text, $@"(?<![\w-]){Regex.Escape(named.Trim())}(?![\w-])", " ",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }

        return text;
    }
}
