using System.Diagnostics;
using Wayfinder.Catalog;
using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Indexing;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Bench.Measuring;

/// <summary>
/// Splits a load into its phases with the catalog's internal types (the calls the loader and <c>CatalogService</c>
/// make, one phase after another): list files, read, parse YAML, resolve substitutions, validate (these four on one
/// thread; the real loader runs files in parallel), relate, build the snapshot (name table), build Lucene documents,
/// rebuild the index as <c>CatalogIndex</c> does.
/// </summary>
internal sealed class PhaseProfiler(string folder)
{
    private readonly List<PhaseTiming> _phases = [];
    private readonly CatalogOptions _options = new() { Paths = [folder] };

    public async Task<PhaseProfile> RunAsync(CancellationToken cancellationToken)
    {
        var files = Time("list files", () => PathExpander.DescriptorsIn(folder, []));
        var texts = await TimeAsync("read files", () => ReadAllAsync(files, cancellationToken), cancellationToken).ConfigureAwait(false);
        var documents = Time("parse YAML", () => texts.Select(t => (t.File, Documents: DescriptorReader.Read(t.Text, DescriptorLimits.Default))).ToList());
        texts.Clear();
        var context = new LoadContext(_options, [folder], folder);
        var roots = await TimeAsync("resolve substitutions", () => ResolveAllAsync(context, documents, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        documents.Clear();
        var entities = Time("validate", () => ValidateAll(context, roots));
        roots.Clear();
        var relations = Time("relations", () => RelationBuilder.Build(entities, context.Problems));
        var snapshot = Time("snapshot (name table)", () => new CatalogSnapshot(entities, relations, context.Problems, DateTimeOffset.UnixEpoch));
        Time("index: build documents", () => snapshot.Entities.Select((e, i) => EntityDocumentBuilder.Build(e, i, snapshot).Fields.Count).Sum());
        using var index = new CatalogIndex(null);
        Time("index: rebuild (documents + analysis + commit)", () => { index.Rebuild(snapshot, cancellationToken); return 0; });
        await TimeAsync("parallel loader (warm, for comparison)",
            () => new CatalogLoader(_options).LoadAsync([folder], folder, cancellationToken), cancellationToken).ConfigureAwait(false);
        GC.KeepAlive(snapshot);
        return new PhaseProfile(snapshot.Entities.Count, _phases[..^1], _phases[^1]);
    }

    private static async Task<List<(string File, string Text)>> ReadAllAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var texts = new List<(string, string)>(files.Count);
        foreach (var file in files)
        {
            var (text, error) = await TextFileReader.ReadAsync(file, int.MaxValue, TextFileReader.CatalogLimit, cancellationToken).ConfigureAwait(false);
            texts.Add((file, text ?? throw new InvalidOperationException($"{file}: {error}")));
        }

        return texts;
    }

    private static async Task<List<(string File, DescriptorNode Root)>> ResolveAllAsync(
        LoadContext context, List<(string File, IReadOnlyList<DescriptorDocument> Documents)> files, CancellationToken cancellationToken)
    {
        var roots = new List<(string, DescriptorNode)>();
        foreach (var (file, documents) in files)
        {
            var resolver = new SubstitutionResolver(context, new LocalSubstitutionSource(context, file), context.LogFor(file));
            foreach (var document in documents)
            {
                var root = document.Root ?? throw new InvalidOperationException($"{file}: {document.Error}");
                roots.Add((file, await resolver.ResolveAsync(root, cancellationToken).ConfigureAwait(false)));
            }
        }

        return roots;
    }

    private static List<Entity> ValidateAll(LoadContext context, List<(string File, DescriptorNode Root)> roots)
    {
        var collector = new EntityCollector(context.Problems);
        foreach (var (file, root) in roots)
        {
            if (EntityReader.Read(root, context.LogFor(file)) is { } entity)
            {
                collector.Add(entity);
            }
        }

        return collector.Entities;
    }

    private T Time<T>(string name, Func<T> action) =>
        TimeAsync(name, () => Task.FromResult(action()), CancellationToken.None).GetAwaiter().GetResult();

    private async Task<T> TimeAsync<T>(string name, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        MemoryProbe.ResetPeakRss();
        var gc = GcActivity.Start();
        var started = Stopwatch.GetTimestamp();
        var result = await action().ConfigureAwait(false);
        var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var (pause, counts, allocated) = gc.Stop();
        var peak = MemoryProbe.PeakRss();
        _phases.Add(new PhaseTiming(name, milliseconds, pause.TotalMilliseconds, counts, allocated, GC.GetTotalMemory(forceFullCollection: true), peak));
        return result;
    }
}
