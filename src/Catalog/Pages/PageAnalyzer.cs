using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Wayfinder.Catalog.Indexing;

namespace Wayfinder.Catalog.Pages;

/// <summary>
/// Analysis of documentation text: words split as <see cref="CatalogAnalyzer"/> splits names (<c>payments-api</c>,
/// <c>PaymentsApi</c> give <c>payments</c>, <c>api</c>), lower-cased, accents folded, English and question stop words
/// dropped, and English stems, so "deploy" meets "deploying" and "deployment".
/// </summary>
internal sealed class PageAnalyzer : Analyzer
{
    private const WordDelimiterFlags Flags =
        WordDelimiterFlags.GENERATE_WORD_PARTS
        | WordDelimiterFlags.GENERATE_NUMBER_PARTS
        | WordDelimiterFlags.SPLIT_ON_CASE_CHANGE
        | WordDelimiterFlags.STEM_ENGLISH_POSSESSIVE;

    /// <summary>Words of questions and of page paths that say nothing about a page's subject.</summary>
    private static readonly string[] QuestionWords =
    [
        "how", "do", "does", "did", "i", "we", "you", "me", "my", "our", "your", "what", "where", "when", "who", "why",
        "which", "can", "could", "should", "would", "shall", "get", "find", "show", "tell", "about", "please", "there",
        "doc", "docs", "documentation", "readme", "md", "page", "pages",
    ];

    private static readonly CharArraySet StopWords = CreateStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WhitespaceTokenizer(CatalogAnalyzer.Version, reader);
        TokenStream stream = new WordDelimiterFilter(CatalogAnalyzer.Version, tokenizer, Flags, null);
        stream = new LowerCaseFilter(CatalogAnalyzer.Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(CatalogAnalyzer.Version, stream, StopWords);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharArraySet CreateStopWords()
    {
        var words = new CharArraySet(CatalogAnalyzer.Version, StopAnalyzer.ENGLISH_STOP_WORDS_SET, ignoreCase: true);
        foreach (var word in QuestionWords)
        {
            words.Add(word);
        }

        return words.AsReadOnly();
    }
}
