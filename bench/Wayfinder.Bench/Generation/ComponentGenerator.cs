namespace Wayfinder.Bench.Generation;

/// <summary>
/// Generates Components (services, websites, libraries) that provide and consume APIs and depend on resources and
/// on earlier components. Some take the exact name of an API they provide, as real catalogs often do.
/// </summary>
internal sealed class ComponentGenerator(Landscape landscape)
{
    private static readonly HashSet<string> Websites = new(StringComparer.Ordinal) { "ui", "web", "portal", "app" };
    private static readonly HashSet<string> Libraries = new(StringComparer.Ordinal) { "sdk", "lib", "client" };

    private Random Random => landscape.Random;

    public List<DraftEntity> Generate(int count) => Enumerable.Range(0, count).Select(_ => NewComponent()).ToList();

    private DraftEntity NewComponent()
    {
        var (system, word) = landscape.PlaceSoftware();
        var (name, type, sameNameApi) = Name(system, word);
        var component = new DraftEntity("Component", name)
        {
            Title = Random.Chance(0.3) ? NameStyle.Title(name) : null,
            Description = SoftwareMetadata.Describe(Random, name, word, system),
        };
        Decorate(component, word, type);
        component.SetSpec("type", type);
        component.SetSpec("lifecycle", Random.Pick(Vocabulary.Lifecycles));
        component.SetSpec("owner", RefStyle.Write(Random, "Group", landscape.OwnerIn(system).Name, "group"));
        if (system is not null)
        {
            component.SetSpec("system", RefStyle.Write(Random, "System", system.Name, "system"));
        }

        AddApis(component, system, type, sameNameApi);
        AddDependencies(component, system);
        landscape.Components.Add(system, name);
        return component;
    }

    private (string Name, string Type, string? SameNameApi) Name(SystemInfo? system, string word)
    {
        if (landscape.Apis.In(system) is { Count: > 0 } apis && Random.Chance(0.08)
            && Random.Pick(apis) is var api && landscape.Names.IsFree("Component", api))
        {
            return (landscape.Names.Claim("Component", api), "service", api);
        }

        var suffix = string.Empty;
        var name = landscape.Names.Claim("Component", () =>
        {
            suffix = Random.Pick(Vocabulary.ComponentSuffixes);
            return Random.NextDouble() switch
            {
                < 0.25 => NameStyle.Join(Random, word, suffix),
                < 0.45 => NameStyle.Join(Random, Random.Pick(Vocabulary.Qualifiers), word, suffix),
                < 0.85 => NameStyle.Join(Random, word, landscape.OtherWord(word), suffix),
                < 0.98 => NameStyle.Join(Random, Random.Pick(Vocabulary.Qualifiers), word, landscape.OtherWord(word), suffix),
                _ => word,
            };
        });
        var type = Websites.Contains(suffix) ? "website" : Libraries.Contains(suffix) ? "library" : "service";
        return (name, type, null);
    }

    private void Decorate(DraftEntity component, string word, string type)
    {
        SoftwareMetadata.AddSourceAnnotations(Random, component);
        if (type == "service" && Random.Chance(0.4))
        {
            component.Annotate("pagerduty.com/service-id", SoftwareMetadata.PagerDutyId(Random));
        }

        if (Random.Chance(0.15))
        {
            component.Annotate("wayfinder.dev/slack-channel", $"#{component.Name.ToLowerInvariant()}");
        }

        if (Random.Chance(0.15))
        {
            SoftwareMetadata.AddAliases(Random, component, word);
        }

        SoftwareMetadata.AddTags(Random, component, word, Random.Pick(Vocabulary.Languages));
        SoftwareMetadata.AddLinks(Random, component, runbook: 0.6, docs: 0.6, dashboard: 0.5);
    }

    private void AddApis(DraftEntity component, SystemInfo? system, string type, string? sameNameApi)
    {
        var provided = new List<string>();
        if (sameNameApi is not null)
        {
            provided.Add(RefStyle.Write(Random, "API", sameNameApi, "api"));
        }
        else if (type == "service" && landscape.Apis.In(system) is { Count: > 0 } apis && Random.Chance(0.5))
        {
            provided.AddRange(Random.PickDistinct(apis, Random.Next(1, 3)).Select(a => RefStyle.Write(Random, "API", a, "api")));
        }

        if (provided.Count > 0)
        {
            component.SetSpec("providesApis", provided);
        }

        if (landscape.Apis.All.Count > 0 && Random.Chance(0.6))
        {
            var consumed = Enumerable.Range(0, Random.Next(1, 4))
                .Select(_ => Random.PickPreferring(landscape.Apis.In(system), landscape.Apis.All, 0.5))
                .Distinct(StringComparer.Ordinal);
            component.SetSpec("consumesApis", consumed.Select(a => RefStyle.Write(Random, "API", a, "api")).ToList());
        }
    }

    private void AddDependencies(DraftEntity component, SystemInfo? system)
    {
        var resources = Random.Chance(0.6) && landscape.Resources.All.Count > 0
            ? Enumerable.Range(0, Random.Next(1, 3)).Select(_ => Random.PickPreferring(landscape.Resources.In(system), landscape.Resources.All, 0.8))
            : [];
        var components = Random.Chance(0.5) && landscape.Components.All.Count > 0
            ? Enumerable.Range(0, Random.Next(1, 3)).Select(_ => Random.PickPreferring(landscape.Components.In(system), landscape.Components.All, 0.7))
            : [];
        var refs = resources.Distinct(StringComparer.Ordinal).Select(r => RefStyle.Write(Random, "Resource", r, null))
            .Concat(components.Distinct(StringComparer.Ordinal).Select(c => RefStyle.Write(Random, "Component", c, null)))
            .ToList();
        if (refs.Count > 0)
        {
            component.SetSpec("dependsOn", refs);
        }
    }
}
