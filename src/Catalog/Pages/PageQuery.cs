using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Pages;

/// <summary>
/// Turns a question into a page query: each analyzed word may match any field, weighted by
/// <see cref="PageFields.Weighted"/>; sections matching more of the words rank higher.
/// </summary>
internal static class PageQuery
{
    /// <summary>Words of a question used; a pasted paragraph is cut here.</summary>
    private const int MaxWords = 32;

    /// <summary>The query of analyzed <paramref name="words"/> (see <see cref="Words"/>); <c>null</c> when there are none.</summary>
    public static Query? Build(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var anyField = new BooleanQuery();
            foreach (var (field, boost) in PageFields.Weighted)
            {
                anyField.Add(new TermQuery(new Term(field, word)) { Boost = boost }, Occur.SHOULD);
            }

            query.Add(anyField, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Only sections of pages documenting one of <paramref name="within"/>; <c>null</c> for no restriction.</summary>
    public static Filter? Within(IReadOnlyCollection<EntityRef>? within)
    {
        if (within is null)
        {
            return null;
        }

        // A terms filter has no clause limit, so a restriction to thousands of entities works as well as to one.
        var terms = within.Distinct().Select(entity => new Term(PageFields.Entity, entity.ToString())).ToList();
        return terms.Count == 0 ? new QueryWrapperFilter(new BooleanQuery()) : new TermsFilter(terms);
    }

    /// <summary>The distinct analyzed words of <paramref name="text"/> (stemmed, stop words dropped), in order, at most <paramref name="limit"/>.</summary>
    public static List<string> Words(Analyzer analyzer, string text, int limit = MaxWords)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(PageFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (words.Count < limit && stream.IncrementToken())
        {
            var word = term.ToString();
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        stream.End();
        return words;
    }
}
