using System.Globalization;
using Wayfinder.Bench.Generation;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>
/// Generates an organisation's repositories, deterministically from the seed. Mix: ~65% with a <c>catalog-info.yaml</c>
/// (a Component owned by one of the teams, a quarter also with its API; ~3% of all repositories with a Location naming
/// another file of the repository), ~35% without (CODEOWNERS at one of GitHub's three places, description, topics);
/// READMEs in ~90%, 1–4 <c>docs/*.md</c> pages of a few KB in ~40%, ~2% archived, ~2% forks.
/// </summary>
internal sealed class RepositoryGenerator
{
    /// <summary>The file a Location names (relative to the repository root): the only file discovery reads over REST.</summary>
    public const string LocationTarget = "catalog/events.yaml";

    private static readonly string[] CodeOwnersPaths = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
    private readonly Random _random;
    private readonly RepositoryTexts _texts;
    private readonly string _organization;
    private readonly IReadOnlyList<string> _teams;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public RepositoryGenerator(string organization, IReadOnlyList<string> teams, int seed)
    {
        _organization = organization;
        _teams = teams;
        _random = new Random(seed);
        _texts = new RepositoryTexts(_random);
    }

    public IReadOnlyList<GeneratedRepository> Generate(int count) => [.. Enumerable.Range(0, count).Select(_ => Next())];

    private GeneratedRepository Next()
    {
        var name = UniqueName();
        var roll = _random.NextDouble();
        var archived = roll < 0.02;
        var fork = !archived && roll < 0.04;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var team = _teams[_random.Next(_teams.Count)];
        var kind = _random.NextDouble();
        var componentDescription = kind < 0.65 ? _texts.Sentence(name) : null; // names the repository: unique
        var entities = componentDescription is null
            ? WithoutDescriptor(files, team)
            : WithDescriptor(files, name, team, componentDescription, withLocation: kind < 0.03);
        var pages = AddPages(files, name);
        var description = componentDescription is null && _random.NextDouble() < 0.85 ? _texts.Sentence(name) : null;
        string[] topics = componentDescription is null ? [.. Enumerable.Range(0, _random.Next(4)).Select(_ => Pick(Vocabulary.Business)).Distinct()] : [];
        var included = !archived && !fork;
        return new GeneratedRepository(name, files, description, topics, archived, fork, componentDescription,
            included ? entities : 0, included ? pages : 0);
    }

    /// <summary>A descriptor; returns the entities it yields.</summary>
    private int WithDescriptor(Dictionary<string, string> files, string name, string team, string description, bool withLocation)
    {
        var withApi = _random.NextDouble() < 0.25;
        List<string> documents = [RepositoryTexts.Component(name, team, description, withApi ? name : null)];
        if (withApi)
        {
            documents.Add(RepositoryTexts.Api(name, team));
        }

        if (withLocation)
        {
            documents.Add(RepositoryTexts.Location($"{name}-more", "./" + LocationTarget));
            files[LocationTarget] = RepositoryTexts.Api($"{name}-events", team);
        }

        files["catalog-info.yaml"] = string.Join("---\n", documents);
        if (_random.NextDouble() < 0.4)
        {
            files[Pick(CodeOwnersPaths)] = RepositoryTexts.CodeOwners(_organization, team);
        }

        return documents.Count + (withLocation ? 1 : 0);
    }

    /// <summary>No descriptor: the repository stands for one Component, owned by its CODEOWNERS (most have one).</summary>
    private int WithoutDescriptor(Dictionary<string, string> files, string team)
    {
        if (_random.NextDouble() < 0.9)
        {
            files[Pick(CodeOwnersPaths)] = RepositoryTexts.CodeOwners(_organization, team);
        }

        return 1;
    }

    private int AddPages(Dictionary<string, string> files, string name)
    {
        var pages = 0;
        if (_random.NextDouble() < 0.9)
        {
            files["README.md"] = _texts.Readme(name, _texts.Sentence(name));
            pages++;
        }

        if (_random.NextDouble() < 0.4)
        {
            var count = _random.Next(1, 5);
            for (var i = 0; i < count; i++)
            {
                var (path, text) = _texts.DocPage(name, i);
                files[path] = text;
            }

            pages += count;
        }

        return pages;
    }

    /// <summary>Names like <c>payments-api</c>, <c>core-orders-worker</c>, <c>ledger</c>; a taken one gets a number.</summary>
    private string UniqueName()
    {
        var roll = _random.NextDouble();
        var name = roll switch
        {
            < 0.55 => $"{Pick(Vocabulary.Business)}-{Pick(Vocabulary.ComponentSuffixes)}",
            < 0.85 => $"{Pick(Vocabulary.Qualifiers)}-{Pick(Vocabulary.Business)}-{Pick(Vocabulary.ComponentSuffixes)}",
            _ => Pick(Vocabulary.Business),
        };
        var unique = name;
        for (var n = 2; !_names.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{n}");
        }

        return unique;
    }

    private string Pick(string[] words) => words[_random.Next(words.Length)];
}
