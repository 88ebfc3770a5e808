using System.Text;

namespace Wayfinder.Catalog.GitHub;

/// <summary>Turns a repository name into a valid entity name: letters and digits, <c>-</c> <c>_</c> <c>.</c> inside, at most 63 characters.</summary>
internal static class RepositoryName
{
    public static string ToEntityName(string repository)
    {
        var name = new StringBuilder(repository.Length);
        foreach (var c in repository)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var text = name.ToString().Trim('-', '_', '.');
        if (text.Length > 63)
        {
            text = text[..63].TrimEnd('-', '_', '.');
        }

        return text.Length > 0 ? text : "repository";
    }
}
