using Lucene.Net.Analysis;

namespace Wayfinder.Catalog.Indexing;

/// <summary>
/// Indexes each line of a field as one exact term. Exact fields (keys, kinds, owners, tags...) are written this
/// way, one field per document, so their token streams come from the analyzer's per-thread reuse instead of
/// being created for every value of every document.
/// </summary>
internal sealed class KeywordLinesAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new LineTokenizer(CatalogAnalyzer.Version, reader));
}
