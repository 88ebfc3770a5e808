using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Wayfinder.Catalog.Indexing;

/// <summary>The analyzer of each index field: <see cref="CatalogAnalyzer"/> for text, one term per line for exact fields, trigrams of keys.</summary>
internal static class IndexAnalyzers
{
    public static Analyzer Create() => new PerFieldAnalyzerWrapper(
        new CatalogAnalyzer(),
        IndexFields.Exact.ToDictionary(field => field, Analyzer (_) => new KeywordLinesAnalyzer())
            .Append(new(IndexFields.KeyGrams, new KeyGramAnalyzer()))
            .ToDictionary());
}
