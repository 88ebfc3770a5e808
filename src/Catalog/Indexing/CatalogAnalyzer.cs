using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Wayfinder.Catalog.Indexing;

/// <summary>
/// Splits names the ways people write them: <c>payments-api</c>, <c>PaymentsApi</c>, <c>payments_api</c> and
/// "payments api" all give the parts <c>payments</c>, <c>api</c>; the joined form <c>paymentsapi</c> is indexed too,
/// so a query written any of those ways meets the others.
/// </summary>
internal sealed class CatalogAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const WordDelimiterFlags Flags =
        WordDelimiterFlags.GENERATE_WORD_PARTS
        | WordDelimiterFlags.GENERATE_NUMBER_PARTS
        | WordDelimiterFlags.SPLIT_ON_CASE_CHANGE
        | WordDelimiterFlags.CATENATE_ALL
        | WordDelimiterFlags.STEM_ENGLISH_POSSESSIVE;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WhitespaceTokenizer(Version, reader);
        TokenStream stream = new WordDelimiterFilter(Version, tokenizer, Flags, null);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
