namespace Wayfinder.Bench.Generation;

/// <summary>What the software generators share: randomness, names taken so far, the org chart, systems, and what exists already.</summary>
internal sealed class Landscape(Random random, NameRegistry names, Organization organization)
{
    private readonly Dictionary<string, List<TeamInfo>> _teamsByWord = organization.Teams
        .GroupBy(t => t.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    public Random Random { get; } = random;

    public NameRegistry Names { get; } = names;

    public Organization Organization { get; } = organization;

    public List<string> Domains { get; } = [];

    public List<SystemInfo> Systems { get; } = [];

    public KindIndex Resources { get; } = new();

    public KindIndex Apis { get; } = new();

    public KindIndex Components { get; } = new();

    /// <summary>A team working on <paramref name="word"/> when there is one (usually), else any team.</summary>
    public TeamInfo TeamFor(string word) =>
        Random.PickPreferring(_teamsByWord.GetValueOrDefault(word) ?? [], Organization.Teams, 0.8);

    /// <summary>The system's owner most of the time, sometimes another team.</summary>
    public TeamInfo OwnerIn(SystemInfo? system) =>
        system is not null && Random.Chance(0.75) ? system.Owner : Random.Pick(Organization.Teams);

    /// <summary>A system for new software (5% have none), and the theme word to name it after.</summary>
    public (SystemInfo? System, string Word) PlaceSoftware()
    {
        var system = Random.Chance(0.95) ? Random.Pick(Systems) : null;
        var word = system is not null && Random.Chance(0.65) ? system.Word : Random.Pick(Vocabulary.Business);
        return (system, word);
    }

    /// <summary>A second business word, different from <paramref name="word"/>.</summary>
    public string OtherWord(string word)
    {
        var other = Random.Pick(Vocabulary.Business);
        return other == word ? Random.Pick(Vocabulary.Business) : other;
    }
}
