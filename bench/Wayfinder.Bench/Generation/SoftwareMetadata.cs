namespace Wayfinder.Bench.Generation;

/// <summary>Descriptions, tags, links and annotations shared by generated Components, APIs and Resources.</summary>
internal static class SoftwareMetadata
{
    private static readonly string[] Verbs = ["handles", "owns", "serves", "computes", "stores", "publishes", "tracks", "validates"];
    private static readonly string[] Audiences = ["the storefront", "mobile apps", "partners", "internal tools", "back-office staff", "other services"];

    public static string Describe(Random random, string name, string word, SystemInfo? system)
    {
        var subject = word.Replace('-', ' ');
        var where = system is null ? "shared across teams" : $"part of {NameStyle.Title(system.Name)}";
        return random.Next(3) switch
        {
            0 => $"{NameStyle.Title(name)} {random.Pick(Verbs)} {subject} for {random.Pick(Audiences)}; {where}.",
            1 => $"{NameStyle.Capitalize(subject)} {random.Pick(["data", "requests", "events", "workflows"])}, {where}.",
            _ => $"Used by {random.Pick(Audiences)} for {subject}.",
        };
    }

    public static void AddTags(Random random, DraftEntity entity, string word, params string[] extra)
    {
        entity.Tags.Add(word);
        entity.Tags.AddRange(extra);
        if (random.Chance(0.5))
        {
            entity.Tags.Add($"tier-{random.Next(1, 4)}");
        }

        if (word is "payments" or "billing" or "wallet" or "payouts" && random.Chance(0.7))
        {
            entity.Tags.Add("pci");
        }
    }

    public static void AddLinks(Random random, DraftEntity entity, double runbook, double docs, double dashboard)
    {
        var slug = entity.Name.ToLowerInvariant();
        if (random.Chance(runbook))
        {
            entity.Links.Add(new DraftLink($"https://runbooks.acme.example/{slug}", "Runbook", "help", "runbook"));
        }

        if (random.Chance(docs))
        {
            entity.Links.Add(new DraftLink($"https://docs.acme.example/{slug}", $"{NameStyle.Title(entity.Name)} docs", "docs", "docs"));
        }

        if (random.Chance(dashboard))
        {
            entity.Links.Add(new DraftLink($"https://grafana.acme.example/d/{slug}", "Dashboard", "dashboard", "dashboard"));
        }
    }

    /// <summary>Aliases people use in chat: the abbreviated word (<c>pay-api</c>) and the words spelled out (<c>payments service</c>).</summary>
    public static void AddAliases(Random random, DraftEntity entity, string word)
    {
        var aliases = new List<string>();
        var lower = entity.Name.ToLowerInvariant();
        if (Vocabulary.Abbreviations.TryGetValue(word, out var shortWord) && lower.Contains(word, StringComparison.Ordinal))
        {
            aliases.Add(lower.Replace(word, shortWord, StringComparison.Ordinal));
        }

        if (aliases.Count == 0 || random.Chance(0.5))
        {
            aliases.Add(string.Join(' ', NameStyle.Words(entity.Name)) + (random.Chance(0.5) ? " service" : string.Empty));
        }

        entity.Annotate("wayfinder.dev/aliases", string.Join(", ", aliases));
    }

    public static void AddSourceAnnotations(Random random, DraftEntity entity)
    {
        var slug = entity.Name.ToLowerInvariant();
        entity.Annotate("github.com/project-slug", $"acme/{slug}");
        if (random.Chance(0.6))
        {
            entity.Annotate("backstage.io/techdocs-ref", "dir:.");
        }

        entity.Annotate("backstage.io/source-location", $"url:https://github.com/acme/{slug}/");
    }

    /// <summary>A PagerDuty-style service id such as <c>P7QX2KD</c>.</summary>
    public static string PagerDutyId(Random random)
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return "P" + new string(Enumerable.Range(0, 6).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
    }
}
