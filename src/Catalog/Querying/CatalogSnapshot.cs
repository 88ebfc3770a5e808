using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Pages;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Querying;

/// <summary>
/// One immutable, fully related version of the catalog. Take it once per question and ask it everything,
/// so every fact in an answer comes from the same version.
/// </summary>
public sealed class CatalogSnapshot
{
    private readonly RelationTable _relations;
    private readonly NameTable _names;
    private readonly Dictionary<EntityRef, List<DocPage>>? _pagesByEntity;
    private HashSet<string>? _namespaces;

    internal CatalogSnapshot(
        IReadOnlyList<Entity> entities,
        RelationTable relations,
        IReadOnlyList<CatalogProblem> problems,
        DateTimeOffset loadedAt,
        int filesRead = 0,
        IReadOnlyList<DocPage>? pages = null)
    {
        FilesRead = filesRead;
        Pages = pages ?? [];
        _pagesByEntity = Pages.Count == 0 ? null : IndexPages(Pages);
        Entities = entities;
        _relations = relations;
        _names = new NameTable(entities);
        Problems = problems
            .OrderBy(p => p.Position.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Position.Line)
            .ThenBy(p => p.Position.Column)
            .ToList();
        LoadedAt = loadedAt;
        CountsByKind = entities.GroupBy(e => e.Kind, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalog before anything is loaded.</summary>
    public static CatalogSnapshot Empty { get; } = new([], RelationTable.Empty, [], DateTimeOffset.MinValue);

    /// <summary>Relates the entities of a load and wraps them in a snapshot (relation warnings join the load's problems).</summary>
    internal static CatalogSnapshot Build(LoadResult loaded, DateTimeOffset loadedAt)
    {
        var problems = new List<CatalogProblem>(loaded.Problems);
        var relations = RelationBuilder.Build(loaded.Entities, problems);
        return new CatalogSnapshot(loaded.Entities, relations, problems, loadedAt, loaded.FilesRead, loaded.Pages);
    }

    /// <summary>Documentation pages (READMEs, <c>docs/*.md</c>) read with the entities, in load order.</summary>
    public IReadOnlyList<DocPage> Pages { get; }

    /// <summary>Every valid entity, in load order.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every error and warning from the load that produced this snapshot, ordered by file, line and column.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    /// <summary>How many descriptor files the load read.</summary>
    public int FilesRead { get; }

    /// <summary>When the snapshot was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Entity counts by kind as written (e.g. <c>Component</c>), ordered by kind.</summary>
    public IReadOnlyDictionary<string, int> CountsByKind { get; }

    /// <summary>Every namespace that holds an entity, lower-case.</summary>
    public IReadOnlySet<string> Namespaces => _namespaces ??= Entities.Select(e => e.Ref.Namespace).ToHashSet(StringComparer.Ordinal);

    /// <summary>Number of problems that are errors.</summary>
    public int ErrorCount => Problems.Count(p => p.Severity == ProblemSeverity.Error);

    /// <summary>The entity with this ref, or <c>null</c>.</summary>
    public Entity? Get(EntityRef entityRef) =>
        _relations.TryGetSlot(entityRef, out var slot) && slot < Entities.Count ? Entities[slot] : null;

    /// <summary>True when an entity with this ref exists.</summary>
    public bool Contains(EntityRef entityRef) => _relations.TryGetSlot(entityRef, out var slot) && slot < Entities.Count;

    /// <summary>
    /// Every entity whose <c>metadata.name</c> matches <paramref name="name"/> ignoring case, hyphens, underscores and
    /// spaces, across all kinds and namespaces (so <c>petstore</c> gives the Component and the API); a full ref
    /// (<c>api:petstore</c>, <c>development/guest</c>) narrows it. Optionally restricted to one kind.
    /// </summary>
    public IReadOnlyList<Entity> FindByName(string name, string? kind = null) => _names.FindByName(name, kind);

    /// <summary>Entities whose name, title, alias, display name or email matches <paramref name="phrase"/>, best kind of match first.</summary>
    public IReadOnlyList<NameMatch> FindByAnyName(string phrase) => _names.FindByAnyName(phrase);

    /// <summary>Relations from the entity, optionally of one type, in declaration order.</summary>
    public IReadOnlyList<EntityRelation> RelationsOf(EntityRef entityRef, string? type = null) => _relations.Of(entityRef, type);

    /// <summary>The existing entities related to <paramref name="entityRef"/> by <paramref name="type"/>.</summary>
    public IReadOnlyList<Entity> Related(EntityRef entityRef, string type) =>
        RelationsOf(entityRef, type).Select(r => Get(r.Target)).OfType<Entity>().ToList();

    /// <summary>Parent groups, grandparents and so on, nearest first (cycles are cut).</summary>
    public IReadOnlyList<Entity> GroupAncestors(EntityRef group) => Walk(group, RelationTypes.ChildOf);

    /// <summary>Child groups, grandchildren and so on, breadth-first (cycles are cut).</summary>
    public IReadOnlyList<Entity> GroupDescendants(EntityRef group) => Walk(group, RelationTypes.ParentOf);

    /// <summary>Owner, email, chat channels and members of whoever owns the entity; <c>null</c> when it has no owner.</summary>
    public OwnerContact? OwnerContactOf(EntityRef entityRef) => OwnerContacts.Of(this, entityRef);

    /// <summary>How to reach a group or user itself (email, channels from it or its nearest parent group, members); <c>null</c> when it is not in the catalog.</summary>
    public OwnerContact? ContactOf(EntityRef groupOrUser) => Get(groupOrUser) is { } entity ? OwnerContacts.ContactOf(this, entity) : null;

    /// <summary>The pages documenting the entity, in load order (a README comes before its <c>docs/</c> pages); empty when none.</summary>
    public IReadOnlyList<DocPage> PagesOf(EntityRef entityRef) =>
        _pagesByEntity is not null && _pagesByEntity.TryGetValue(entityRef, out var pages) ? pages : [];

    private static Dictionary<EntityRef, List<DocPage>> IndexPages(IReadOnlyList<DocPage> pages)
    {
        var byEntity = new Dictionary<EntityRef, List<DocPage>>();
        foreach (var page in pages)
        {
            foreach (var entityRef in page.Entities.Distinct())
            {
                if (!byEntity.TryGetValue(entityRef, out var list))
                {
                    byEntity[entityRef] = list = [];
                }

                list.Add(page);
            }
        }

        return byEntity;
    }

    private List<Entity> Walk(EntityRef start, string relation)
    {
        var seen = new HashSet<EntityRef> { start };
        var result = new List<Entity>();
        var queue = new Queue<EntityRef>([start]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in RelationsOf(current, relation))
            {
                if (seen.Add(next.Target) && Get(next.Target) is { } entity)
                {
                    result.Add(entity);
                    queue.Enqueue(next.Target);
                }
            }
        }

        return result;
    }
}
