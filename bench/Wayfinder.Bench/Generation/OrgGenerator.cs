namespace Wayfinder.Bench.Generation;

/// <summary>
/// Generates the org chart: one organization, departments under it, teams under departments and squads under
/// teams (parent and children written on both ends), and users who are members of teams.
/// </summary>
internal sealed class OrgGenerator(Random random, NameRegistry names)
{
    private const string Domain = "acme.example";
    private readonly List<DraftEntity> _groups = [];
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);

    public Organization Generate(int groupCount, int userCount)
    {
        var root = AddGroup(names.Claim("Group", "acme"), "organization", null, "acme", 1.0);
        var departmentCount = Math.Max(1, (groupCount - 1) / 10);
        var teamCount = Math.Max(1, (int)((groupCount - 1 - departmentCount) * 0.6));
        var squadCount = Math.Max(0, groupCount - 1 - departmentCount - teamCount);
        var departments = Enumerable.Range(0, departmentCount).Select(_ => AddDepartment(root)).ToList();
        var teams = Enumerable.Range(0, teamCount).Select(_ => AddTeam(random.Pick(departments))).ToList();
        var squads = Enumerable.Range(0, squadCount).Select(_ => AddSquad(random.Pick(teams))).ToList();
        foreach (var group in _groups)
        {
            group.SetSpec("children", _children.GetValueOrDefault(group.Name) ?? []);
        }

        var owners = teams.Concat(squads).ToList();
        var users = Enumerable.Range(0, userCount).Select(_ => NewUser(owners, departments)).ToList();
        return new Organization(_groups, users, departments, owners);
    }

    private TeamInfo AddDepartment(TeamInfo root)
    {
        var area = random.Pick(Vocabulary.Areas);
        var name = names.Claim("Group", () => random.NextDouble() switch
        {
            < 0.3 => area,
            < 0.5 => $"{area}-engineering",
            < 0.6 => $"{area}-org",
            < 0.85 => $"{area}-{random.Pick(Vocabulary.Business)}",
            _ => $"{random.Pick(Vocabulary.Business)}-engineering",
        });
        return AddGroup(name, "department", root, area, 1.0);
    }

    private TeamInfo AddTeam(TeamInfo department)
    {
        var word = random.Pick(Vocabulary.Business);
        var name = names.Claim("Group", () => random.NextDouble() switch
        {
            < 0.15 => word,
            < 0.25 => $"team-{word}",
            < 0.35 => $"{word}-team",
            < 0.45 => $"{word}-core",
            < 0.50 => $"{word}-platform",
            < 0.70 => $"{random.Pick(Vocabulary.Qualifiers)}-{word}",
            _ => $"{word}-{random.Pick(Vocabulary.Business)}",
        });
        return AddGroup(name, "team", department, word, 0.8);
    }

    private TeamInfo AddSquad(TeamInfo team) =>
        AddGroup(names.Claim("Group", () => $"{team.Name}-{random.Pick(Vocabulary.Squads)}"), "squad", team, team.Word, 0.4);

    /// <summary>Adds a group whose <paramref name="name"/> is already claimed.</summary>
    private TeamInfo AddGroup(string name, string type, TeamInfo? parent, string word, double channelChance)
    {
        var group = new DraftEntity("Group", name)
        {
            Description = $"The {NameStyle.Title(name)} {type}, working on {word.Replace('-', ' ')}.",
        };
        if (random.Chance(channelChance))
        {
            group.Annotate("wayfinder.dev/slack-channel", $"#{name.ToLowerInvariant()}");
        }

        group.SetSpec("type", type);
        group.SetSpec("profile", Profile(NameStyle.Title(name), $"{name.ToLowerInvariant()}@{Domain}"));
        if (parent is not null)
        {
            group.SetSpec("parent", RefStyle.Write(random, "Group", parent.Name, "group"));
            ChildrenOf(parent.Name).Add(RefStyle.Write(random, "Group", name, "group"));
        }

        _groups.Add(group);
        return new TeamInfo(name, word);
    }

    private DraftEntity NewUser(List<TeamInfo> teams, List<TeamInfo> departments)
    {
        var first = random.Pick(Vocabulary.FirstNames);
        var last = random.Pick(Vocabulary.LastNames);
        var name = names.Claim("User", () => random.NextDouble() switch
        {
            < 0.6 => $"{first}.{last}",
            < 0.8 => $"{first[0]}{last}",
            < 0.9 => $"{first}.{(char)('a' + random.Next(26))}.{last}",
            _ => $"{first}{last[0]}",
        }, separator: string.Empty);
        var user = new DraftEntity("User", name);
        user.SetSpec("profile", Profile($"{NameStyle.Capitalize(first)} {NameStyle.Capitalize(last)}", $"{name}@{Domain}"));
        var groups = new List<string> { RefStyle.Write(random, "Group", random.PickPreferring(teams, departments, 0.9).Name, "group") };
        if (random.Chance(0.1))
        {
            groups.Add(RefStyle.Write(random, "Group", random.Pick(teams).Name, "group"));
        }

        user.SetSpec("memberOf", groups.Distinct(StringComparer.Ordinal).ToList());
        return user;
    }

    private static SpecValue.Fields Profile(string displayName, string email) =>
        new([new("displayName", displayName), new("email", email)]);

    private List<string> ChildrenOf(string parent)
    {
        if (!_children.TryGetValue(parent, out var list))
        {
            list = [];
            _children.Add(parent, list);
        }

        return list;
    }
}
