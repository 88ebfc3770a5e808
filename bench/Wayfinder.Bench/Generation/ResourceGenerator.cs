namespace Wayfinder.Bench.Generation;

/// <summary>Generates Resources (databases, caches, queues, topics, buckets) that components depend on.</summary>
internal sealed class ResourceGenerator(Landscape landscape)
{
    private Random Random => landscape.Random;

    public List<DraftEntity> Generate(int count) => Enumerable.Range(0, count).Select(_ => NewResource()).ToList();

    private DraftEntity NewResource()
    {
        var (system, word) = landscape.PlaceSoftware();
        var (suffix, type) = Random.Pick(Vocabulary.ResourceSuffixes);
        var name = landscape.Names.Claim("Resource", () => Random.NextDouble() switch
        {
            < 0.5 => NameStyle.Join(Random, word, suffix),
            < 0.75 => NameStyle.Join(Random, Random.Pick(Vocabulary.Qualifiers), word, suffix),
            _ => NameStyle.Join(Random, word, landscape.OtherWord(word), suffix),
        });
        var resource = new DraftEntity("Resource", name) { Description = SoftwareMetadata.Describe(Random, name, word, system) };
        SoftwareMetadata.AddTags(Random, resource, word, type);
        SoftwareMetadata.AddLinks(Random, resource, runbook: 0.2, docs: 0.1, dashboard: 0.4);
        resource.SetSpec("type", type);
        resource.SetSpec("owner", RefStyle.Write(Random, "Group", landscape.OwnerIn(system).Name, "group"));
        if (system is not null)
        {
            resource.SetSpec("system", RefStyle.Write(Random, "System", system.Name, "system"));
        }

        if (landscape.Resources.In(system) is { Count: > 0 } neighbours && Random.Chance(0.1))
        {
            resource.SetSpec("dependsOn", [RefStyle.Write(Random, "Resource", Random.Pick(neighbours), null)]);
        }

        landscape.Resources.Add(system, name);
        return resource;
    }
}
