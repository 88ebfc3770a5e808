// Indexing and querying with lunr the way Backstage's default search engine does.
//
// Mirrors LunrSearchEngine (@backstage/plugin-search-backend-node):
//   - one lunr index per document type; catalog entities are all of type "software-catalog";
//   - ref('location'), and a field for every other key of the documents, no boosts;
//   - lunr's default pipelines: trimmer, stop-word filter, stemmer when indexing; stemmer when searching;
//   - a search box term becomes three clauses per token (exact, trailing wildcard, fuzzy);
//   - hits from all indices are merged and ordered by score, highest first.
import lunr from 'lunr';

/** The document type Backstage's catalog collator registers its documents under. */
export const CATALOG_DOCUMENT_TYPE = 'software-catalog';

/** The document key lunr uses as each document's reference. */
export const REF_FIELD = 'location';

/**
 * Builds one lunr index per document type.
 * @param {Map<string, object[]>} documentsByType documents grouped by type
 * @returns {Map<string, lunr.Index>} the built indices, by type
 */
export function buildIndices(documentsByType) {
  const indices = new Map();
  for (const [type, documents] of documentsByType) {
    if (documents.length > 0) indices.set(type, buildIndex(documents));
  }
  return indices;
}

/**
 * Builds a lunr index over documents of one type. Like Backstage, the fields come from the keys
 * of the first document (the collator gives every document the same shape).
 * @param {object[]} documents non-empty list of documents with a `location` key
 * @returns {lunr.Index}
 */
export function buildIndex(documents) {
  const fields = Object.keys(documents[0]).filter((key) => key !== REF_FIELD);
  // lunr(config) sets up the default pipelines: trimmer, stopWordFilter, stemmer / stemmer.
  return lunr(function configure() {
    this.ref(REF_FIELD);
    for (const field of fields) this.field(field);
    for (const document of documents) this.add(document);
  });
}

/**
 * Adds the clauses Backstage's default query translator makes from a search box term.
 * Every token gets an exact clause (search pipeline, boost 100), a trailing-wildcard clause
 * (no pipeline, boost 10) and a fuzzy clause (edit distance 2, no pipeline, boost 1).
 * All clauses are optional, so a document matching any of them is a hit.
 * @param {lunr.Query} query the query being built by index.query()
 * @param {string} term the raw search box text
 */
export function addSearchTermClauses(query, term) {
  const tokens = lunr.tokenizer(term);
  query.term(tokens, { usePipeline: true, boost: 100 });
  query.term(tokens, { usePipeline: false, boost: 10, wildcard: lunr.Query.wildcard.TRAILING });
  query.term(tokens, { usePipeline: false, editDistance: 2, boost: 1 });
}

/**
 * Searches every index for a search box term.
 * @param {Map<string, lunr.Index>} indices indices by document type
 * @param {string} term the raw search box text
 * @returns {{ type: string, ref: string, score: number }[]} hits, best first
 */
export function search(indices, term) {
  const hits = [];
  for (const [type, index] of indices) {
    for (const result of index.query((query) => addSearchTermClauses(query, term))) {
      hits.push({ type, ref: result.ref, score: result.score });
    }
  }
  // Array.prototype.sort is stable, so equal scores keep lunr's order.
  return hits.sort((a, b) => b.score - a.score);
}
