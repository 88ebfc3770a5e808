using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Wayfinder.Catalog.Querying;
using Directory = Lucene.Net.Store.Directory;

namespace Wayfinder.Catalog.Indexing;

/// <summary>
/// The Lucene index of the catalog: one writer, one <see cref="SearcherManager"/>. A rebuild replaces every document
/// and commits; only then does the manager refresh, so searches see either the whole old index or the whole new one,
/// each searcher paired with the snapshot its documents came from.
/// </summary>
internal sealed class CatalogIndex : IDisposable
{
    private const int TieSlack = 5;
    private readonly Lucene.Net.Analysis.Analyzer _analyzer = IndexAnalyzers.Create();
    private readonly SnapshotSearcherFactory _factory = new();
    private readonly SearchQueryBuilder _queries;
    private readonly Directory _directory;
    private readonly System.Threading.Lock _rebuildLock = new();
    private IndexWriter _writer;
    private SearcherManager _manager;

    public CatalogIndex(string? indexPath)
    {
        _directory = indexPath is null ? new RAMDirectory() : FSDirectory.Open(System.IO.Directory.CreateDirectory(indexPath));
        _queries = new SearchQueryBuilder(_analyzer);
        (_writer, _manager) = Open();
    }

    /// <summary>Replaces the index with the entities of <paramref name="snapshot"/> and publishes both together.</summary>
    public void Rebuild(CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        lock (_rebuildLock)
        {
            try
            {
                _writer.DeleteAll();

                // IndexWriter takes documents from several threads at once; analysis is most of the work.
                var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
                Parallel.For(0, snapshot.Entities.Count, parallel,
                    i => _writer.AddDocument(EntityDocumentBuilder.Build(snapshot.Entities[i], i, snapshot)));
                _writer.Commit();
            }
            catch
            {
                // Rollback discards the half-built index and closes the writer; reopen on the last commit.
                _writer.Rollback();
                _manager.Dispose();
                (_writer, _manager) = Open();
                throw;
            }

            _factory.Committed = snapshot;
            _manager.MaybeRefreshBlocking();
        }
    }

    /// <summary>Ranked search; <paramref name="text"/> may carry filters such as <c>kind:api</c>.</summary>
    public SearchResult Search(string text, int limit)
    {
        var search = SearchText.Parse(text);
        var searcher = (SnapshotSearcher)_manager.Acquire();
        try
        {
            // A few extra hits, so equal scores can be ordered by ref whatever order documents were indexed in.
            var wanted = Math.Clamp(limit, 1, Math.Max(searcher.IndexReader.MaxDoc, 1));
            var collector = TopScoreDocCollector.Create(wanted + TieSlack, docsScoredInOrder: true);
            searcher.Search(_queries.Build(search, searcher), SearchQueryBuilder.BuildFilter(search), collector);
            var hits = ToHits(collector.GetTopDocs().ScoreDocs, searcher);
            hits.Sort(static (a, b) => b.Score != a.Score
                ? b.Score.CompareTo(a.Score)
                : string.CompareOrdinal(a.Entity.Ref.ToString(), b.Entity.Ref.ToString()));
            return new SearchResult(hits.Take(wanted).ToList(), searcher.Snapshot);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Entities named within one or two typos of <paramref name="phrase"/> (see <see cref="SimilarNames"/>).</summary>
    public IReadOnlyList<SimilarName> FindSimilarNames(string phrase, int limit)
    {
        var searcher = (SnapshotSearcher)_manager.Acquire();
        try
        {
            return SimilarNames.Find(searcher, phrase, limit);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    private static List<SearchHit> ToHits(ScoreDoc[] scoreDocs, SnapshotSearcher searcher) =>
        searcher.EntitiesOf(scoreDocs).Select(found => new SearchHit(found.Entity, found.Hit.Score)).ToList();

    public void Dispose()
    {
        _manager.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private (IndexWriter, SearcherManager) Open()
    {
        var config = new IndexWriterConfig(CatalogAnalyzer.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
        var writer = new IndexWriter(_directory, config);
        return (writer, new SearcherManager(writer, applyAllDeletes: true, _factory));
    }
}
