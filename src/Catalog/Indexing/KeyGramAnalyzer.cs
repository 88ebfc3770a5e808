using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;

namespace Wayfinder.Catalog.Indexing;

/// <summary>
/// Character trigrams of each key line (keys are written with <c>^</c> and <c>$</c> around them, so the ends count):
/// the candidates for typo matching (see <see cref="TypoMatcher"/>).
/// </summary>
internal sealed class KeyGramAnalyzer : Analyzer
{
    public const int GramSize = 3;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var lines = new LineTokenizer(CatalogAnalyzer.Version, reader);
        return new TokenStreamComponents(lines, new NGramTokenFilter(CatalogAnalyzer.Version, lines, GramSize, GramSize));
    }
}
