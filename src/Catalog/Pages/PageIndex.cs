using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Indexing;

namespace Wayfinder.Catalog.Pages;

/// <summary>
/// The Lucene index of documentation pages, one document per section, kept in memory (pages are few next to
/// entities). A rebuild is staged with <see cref="Stage"/> and becomes visible with <see cref="Publish"/>, so the
/// catalog publishes pages together with its entities, or <see cref="Discard"/>s them when the entities fail.
/// </summary>
internal sealed class PageIndex : IDisposable
{
    private const int TieSlack = 5;
    private readonly PageAnalyzer _analyzer = new();
    private readonly PageSearcherFactory _factory = new();
    private readonly RAMDirectory _directory = new();
    private readonly System.Threading.Lock _rebuildLock = new();
    private IReadOnlyList<DocPage>? _staged;
    private IndexWriter _writer;
    private SearcherManager _manager;

    public PageIndex() => (_writer, _manager) = Open();

    /// <summary>Replaces every document with the sections of <paramref name="pages"/>, not yet visible to searches.</summary>
    public void Stage(IReadOnlyList<DocPage> pages, CancellationToken cancellationToken)
    {
        lock (_rebuildLock)
        {
            try
            {
                _writer.DeleteAll();
                for (var page = 0; page < pages.Count; page++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    for (var section = 0; section < pages[page].Sections.Count; section++)
                    {
                        _writer.AddDocument(PageDocumentBuilder.Build(pages[page], page, section));
                    }
                }

                _staged = pages;
            }
            catch
            {
                DiscardLocked();
                throw;
            }
        }
    }

    /// <summary>Commits the staged pages and makes them the ones searched.</summary>
    public void Publish()
    {
        lock (_rebuildLock)
        {
            var staged = _staged ?? throw new InvalidOperationException("Nothing staged to publish.");
            _writer.Commit();
            _factory.Committed = staged;
            _staged = null;
            _manager.MaybeRefreshBlocking();
        }
    }

    /// <summary>Drops the staged pages; searches keep seeing the last published ones.</summary>
    public void Discard()
    {
        lock (_rebuildLock)
        {
            DiscardLocked();
        }
    }

    /// <summary>The sections best matching <paramref name="text"/>, best first, optionally only of pages documenting <paramref name="within"/>.</summary>
    public IReadOnlyList<PageHit> Search(string text, IReadOnlyCollection<EntityRef>? within, int limit)
    {
        var words = PageQuery.Words(_analyzer, text);
        if (PageQuery.Build(words) is not { } query)
        {
            return [];
        }

        var searcher = (PageSearcher)_manager.Acquire();
        try
        {
            var wanted = Math.Clamp(limit, 1, Math.Max(searcher.IndexReader.MaxDoc, 1));
            var top = searcher.Search(query, PageQuery.Within(within), wanted + TieSlack);
            var hits = top.ScoreDocs
                .Select(hit => (Hit: hit, Found: searcher.SectionOf(hit)))
                .Where(x => x.Found is not null)
                .Select(x => (x.Hit.Score, Found: x.Found!.Value))
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.Found.PageOrdinal)
                .ThenBy(x => x.Found.SectionOrdinal)
                .Take(wanted);
            return hits.Select(x => new PageHit(x.Found.Page, x.Found.Section, x.Score, PageSnippets.Of(query, _analyzer, x.Found.Section.Text))
            {
                MatchedWords = MatchedWords(words, x.Found.Page, x.Found.Section),
                SearchedWords = words.Count,
            }).ToList();
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>How many of <paramref name="words"/> the section, its page title or path has, analyzed as indexed.</summary>
    private int MatchedWords(List<string> words, DocPage page, DocSection section)
    {
        var found = PageQuery.Words(_analyzer, $"{page.Title} {page.Path} {section.Heading}")
            .Concat(PageQuery.Words(_analyzer, section.Text, int.MaxValue));
        return words.Intersect(found, StringComparer.Ordinal).Count();
    }

    public void Dispose()
    {
        _manager.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private void DiscardLocked()
    {
        // Rollback discards everything since the last commit and closes the writer; reopen on that commit.
        _staged = null;
        _writer.Rollback();
        _manager.Dispose();
        (_writer, _manager) = Open();
    }

    private (IndexWriter, SearcherManager) Open()
    {
        var config = new IndexWriterConfig(CatalogAnalyzer.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
        var writer = new IndexWriter(_directory, config);
        return (writer, new SearcherManager(writer, applyAllDeletes: true, _factory));
    }
}
