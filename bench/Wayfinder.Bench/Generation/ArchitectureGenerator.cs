namespace Wayfinder.Bench.Generation;

/// <summary>Generates Domains (some nested with <c>subdomainOf</c>) owned by departments, and Systems in them owned by teams.</summary>
internal sealed class ArchitectureGenerator(Landscape landscape)
{
    private Random Random => landscape.Random;

    public List<DraftEntity> Domains(int count) => Enumerable.Range(0, count).Select(_ => NewDomain()).ToList();

    public List<DraftEntity> Systems(int count) => Enumerable.Range(0, count).Select(_ => NewSystem()).ToList();

    private DraftEntity NewDomain()
    {
        var name = landscape.Names.Claim("Domain", () =>
        {
            var area = Random.Pick(Vocabulary.Areas);
            var word = Random.Pick(Vocabulary.Business);
            return Random.NextDouble() switch { < 0.3 => area, < 0.75 => $"{area}-{word}", < 0.9 => word, _ => $"{word}-domain" };
        });
        var domain = new DraftEntity("Domain", name)
        {
            Title = Random.Chance(0.5) ? NameStyle.Title(name) : null,
            Description = $"Everything about {NameStyle.Title(name).ToLowerInvariant()}: the systems, teams and APIs behind it.",
        };
        var owner = Random.PickPreferring(landscape.Organization.Departments, landscape.Organization.Teams, 0.7);
        domain.SetSpec("owner", RefStyle.Write(Random, "Group", owner.Name, "group"));
        if (landscape.Domains.Count > 0 && Random.Chance(0.25))
        {
            domain.SetSpec("subdomainOf", RefStyle.Write(Random, "Domain", Random.Pick(landscape.Domains), "domain"));
        }

        landscape.Domains.Add(name);
        return domain;
    }

    private DraftEntity NewSystem()
    {
        var word = Random.Pick(Vocabulary.Business);
        var name = landscape.Names.Claim("System", () => Random.NextDouble() switch
        {
            < 0.2 => word,
            < 0.35 => $"{word}-platform",
            < 0.45 => $"{word}-system",
            < 0.65 => $"{Random.Pick(Vocabulary.Qualifiers)}-{word}",
            _ => $"{word}-{landscape.OtherWord(word)}",
        });
        var owner = landscape.TeamFor(word);
        var system = new DraftEntity("System", name)
        {
            Title = Random.Chance(0.4) ? NameStyle.Title(name) : null,
            Description = $"The {NameStyle.Title(name)} system: {word.Replace('-', ' ')} end to end.",
        };
        system.SetSpec("owner", RefStyle.Write(Random, "Group", owner.Name, "group"));
        if (Random.Chance(0.9))
        {
            system.SetSpec("domain", RefStyle.Write(Random, "Domain", Random.Pick(landscape.Domains), "domain"));
        }

        landscape.Systems.Add(new SystemInfo(name, word, owner));
        return system;
    }
}
