namespace Wayfinder.Bench.Generation;

/// <summary>Generates APIs of every common type, each with a short inline definition.</summary>
internal sealed class ApiGenerator(Landscape landscape)
{
    private Random Random => landscape.Random;

    public List<DraftEntity> Generate(int count) => Enumerable.Range(0, count).Select(_ => NewApi()).ToList();

    private DraftEntity NewApi()
    {
        var (system, word) = landscape.PlaceSoftware();
        var (suffix, type) = Random.Pick(Vocabulary.ApiSuffixes);
        var name = landscape.Names.Claim("API", () => Random.NextDouble() switch
        {
            < 0.4 => NameStyle.Join(Random, word, suffix),
            < 0.65 => NameStyle.Join(Random, Random.Pick(Vocabulary.Qualifiers), word, suffix),
            < 0.97 => NameStyle.Join(Random, word, landscape.OtherWord(word), suffix),
            _ => word,
        });
        type = name == word ? "openapi" : type;
        var api = new DraftEntity("API", name)
        {
            Title = Random.Chance(0.4) ? NameStyle.Title(name) : null,
            Description = SoftwareMetadata.Describe(Random, name, word, system),
        };
        SoftwareMetadata.AddTags(Random, api, word, type);
        SoftwareMetadata.AddLinks(Random, api, runbook: 0.0, docs: 0.5, dashboard: 0.0);
        api.SetSpec("type", type);
        api.SetSpec("lifecycle", Random.Pick(Vocabulary.Lifecycles));
        api.SetSpec("owner", RefStyle.Write(Random, "Group", landscape.OwnerIn(system).Name, "group"));
        if (system is not null)
        {
            api.SetSpec("system", RefStyle.Write(Random, "System", system.Name, "system"));
        }

        api.SetSpec("definition", new SpecValue.Block(ApiDefinitions.For(type, name, word)));
        landscape.Apis.Add(system, name);
        return api;
    }
}
