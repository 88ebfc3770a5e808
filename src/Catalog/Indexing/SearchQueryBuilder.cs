using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Indexing;

/// <summary>
/// Builds the ranked query for a search: the whole text as a name key (exact, then prefix, then 1–2 typos) ranks the
/// entity people named above everything else; the words themselves go through Lucene's end-user
/// <see cref="SimpleQueryParser"/> (quotes, <c>*</c> prefixes, never a syntax error) over name, title and text.
/// </summary>
internal sealed class SearchQueryBuilder(Analyzer analyzer)
{
    private static readonly Dictionary<string, float> Weights = new()
    {
        [IndexFields.Name] = 4f,
        [IndexFields.Title] = 3f,
        [IndexFields.Text] = 1f,
    };

    private const Operator Operators = Operator.PHRASE_OPERATOR | Operator.PREFIX_OPERATOR
        | Operator.WHITESPACE_OPERATOR | Operator.ESCAPE_OPERATOR;

    /// <summary>
    /// The query for <paramref name="search"/> over <paramref name="searcher"/>'s index. Typo matching is left out
    /// when the text is some entity's name key or the start of one: then nothing was mistyped.
    /// </summary>
    public Query Build(SearchText search, SnapshotSearcher searcher)
    {
        var reader = searcher.IndexReader;
        var query = new BooleanQuery();
        var key = NameKey.Of(search.FreeText);
        var keyTerm = new Term(IndexFields.Key, key);
        var mayBeTypo = key.Length >= 4 && !IsKeyOrKeyPrefix(reader, key);
        if (key.Length > 0)
        {
            query.Add(Boosted(new TermQuery(keyTerm), 30f), Occur.SHOULD);
            if (mayBeTypo)
            {
                foreach (var (typoKey, distance) in TypoMatcher.Find(searcher, key))
                {
                    // Like FuzzyQuery's terms: the closer the spelling, the higher the boost.
                    var similarity = 1f - (distance / (float)Math.Max(key.Length, typoKey.Length));
                    query.Add(Boosted(new TermQuery(new Term(IndexFields.Key, typoKey)), 12f * similarity), Occur.SHOULD);
                }
            }

            if (key.Length >= 3)
            {
                query.Add(Boosted(new PrefixQuery(new Term(IndexFields.Key, key)), 5f), Occur.SHOULD);
            }
        }

        var parser = new SimpleQueryParser(analyzer, Weights, Operators) { DefaultOperator = Occur.SHOULD };
        if (parser.Parse(search.FreeText) is { } words)
        {
            query.Add(words, Occur.SHOULD);
        }

        return query.Clauses.Count > 0 ? query : new MatchAllDocsQuery();
    }

    /// <summary>A filter requiring every <c>field:value</c> of the search, or <c>null</c> when there are none.</summary>
    public static Filter? BuildFilter(SearchText search)
    {
        if (search.Filters.Count == 0)
        {
            return null;
        }

        var filter = new BooleanQuery();
        foreach (var (field, value) in search.Filters)
        {
            filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>True when some entity's key equals <paramref name="key"/> or starts with it: then nothing was mistyped.</summary>
    private static bool IsKeyOrKeyPrefix(IndexReader reader, string key)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Key);
        if (terms is null)
        {
            return false;
        }

        var prefix = new BytesRef(key);
        var termsEnum = terms.GetEnumerator();
        return termsEnum.SeekCeil(prefix) switch
        {
            TermsEnum.SeekStatus.FOUND => true,
            TermsEnum.SeekStatus.NOT_FOUND => StringHelper.StartsWith(termsEnum.Term, prefix),
            _ => false,
        };
    }
}
