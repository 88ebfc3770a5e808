namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Reads who owns a repository's root from its CODEOWNERS file. Written by hand: no .NET library parses CODEOWNERS,
/// and only a small part of the format matters here: the rules whose pattern covers the whole repository
/// (<c>*</c>, <c>/</c>, <c>/*</c>, <c>**</c>, <c>/**</c>), with GitHub's semantics that the last matching rule wins.
/// </summary>
internal static class CodeOwners
{
    /// <summary>Where GitHub looks for the file, in its order: the first one found is the one used.</summary>
    public static IReadOnlyList<string> Locations { get; } = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

    private static readonly HashSet<string> RootPatterns = new(StringComparer.Ordinal) { "*", "/", "/*", "**", "/**" };

    /// <summary>
    /// The <c>@user</c> and <c>@org/team</c> owners of the last root rule, in the order written; empty when no root rule
    /// exists or the last one names no owner. E-mail owners are ignored (they map to no catalog entity).
    /// </summary>
    public static IReadOnlyList<string> RootOwners(string text)
    {
        IReadOnlyList<string> owners = [];
        foreach (var rawLine in text.Split('\n'))
        {
            var parts = WithoutComment(rawLine).Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0 && RootPatterns.Contains(parts[0]))
            {
                owners = [.. parts.Skip(1).Where(o => o.Length > 1 && o[0] == '@')];
            }
        }

        return owners;
    }

    /// <summary><c>@org/team</c> → <c>group:team</c>, <c>@user</c> → <c>user:user</c> (lower case).</summary>
    public static string ToEntityRef(string owner)
    {
        var handle = owner.TrimStart('@').ToLowerInvariant();
        var slash = handle.IndexOf('/');
        return slash >= 0 ? $"group:{handle[(slash + 1)..]}" : $"user:{handle}";
    }

    /// <summary>The line up to an unescaped <c>#</c> that starts a comment.</summary>
    private static string WithoutComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || line[i - 1] != '\\'))
            {
                return line[..i];
            }
        }

        return line;
    }
}
