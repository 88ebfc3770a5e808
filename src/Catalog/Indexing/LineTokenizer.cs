using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Wayfinder.Catalog.Indexing;

/// <summary>One token per line, unchanged: for exact keys and filter values written one per line into a single field.</summary>
internal sealed class LineTokenizer(LuceneVersion version, TextReader reader) : CharTokenizer(version, reader)
{
    protected override bool IsTokenChar(int c) => c != '\n';
}
