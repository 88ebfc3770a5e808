namespace Wayfinder.Bench.Generation;

/// <summary>
/// Keeps generated names unique per kind, case-insensitively as Backstage requires; a numeric disambiguator is
/// added only when the wanted name is taken.
/// </summary>
internal sealed class NameRegistry
{
    private const int MaxNameLength = 63;
    private readonly Dictionary<string, HashSet<string>> _taken = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is still free for <paramref name="kind"/>.</summary>
    public bool IsFree(string kind, string name) => !Names(kind).Contains(name);

    /// <summary>
    /// Claims the first free name <paramref name="propose"/> comes up with in <paramref name="attempts"/> tries, as a person
    /// picks another name when theirs is taken; numbers the last proposal only when every one was taken.
    /// </summary>
    public string Claim(string kind, Func<string> propose, int attempts = 4, string separator = "-")
    {
        var wanted = propose();
        for (var attempt = 1; attempt < attempts && !IsFree(kind, Fit(wanted, 0)); attempt++)
        {
            wanted = propose();
        }

        return Claim(kind, wanted, separator);
    }

    /// <summary>Claims <paramref name="wanted"/>, or <c>wanted-2</c>, <c>wanted-3</c>… (joined by <paramref name="separator"/>).</summary>
    public string Claim(string kind, string wanted, string separator = "-")
    {
        var names = Names(kind);
        var candidate = Fit(wanted, 0);
        for (var number = 2; !names.Add(candidate); number++)
        {
            var suffix = separator + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = Fit(wanted, suffix.Length) + suffix;
        }

        return candidate;
    }

    private HashSet<string> Names(string kind)
    {
        if (!_taken.TryGetValue(kind, out var names))
        {
            names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            _taken.Add(kind, names);
        }

        return names;
    }

    /// <summary>Cuts the name so that <paramref name="reserve"/> more characters fit, keeping an alphanumeric last character.</summary>
    private static string Fit(string name, int reserve)
    {
        var room = MaxNameLength - reserve;
        return name.Length <= room ? name : name[..room].TrimEnd('-', '_', '.');
    }
}
