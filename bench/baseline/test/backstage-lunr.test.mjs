// Unit tests for the Backstage-style lunr indexing and query translation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG_DOCUMENT_TYPE, buildIndices, search } from '../backstage-lunr.mjs';

const entity = (name, description, owner) => ({
  location: `component:default/${name}`,
  title: name,
  text: description,
  componentType: 'service',
  type: 'service',
  namespace: 'default',
  kind: 'Component',
  lifecycle: 'production',
  owner,
});

const indices = buildIndices(new Map([[CATALOG_DOCUMENT_TYPE, [
  entity('card-api', 'Stores card tokens', 'team-a'),
  entity('cart-api', 'Shopping basket', 'team-b'),
  entity('ledger', 'Double-entry bookkeeping', 'team-c'),
]]]));

test('search_ExactTermAndFuzzyNeighbour_ExactRanksFirst', () => {
  // "card" is an exact term of card-api and one edit away from "cart" in cart-api.
  const hits = search(indices, 'card');
  assert.equal(hits[0].ref, 'component:default/card-api');
  assert.ok(hits.some((hit) => hit.ref === 'component:default/cart-api'), 'fuzzy neighbour is still a hit');
  assert.ok(hits[0].score > hits[1].score);
});

test('search_TypoInName_StillFindsTheDocument', () => {
  const hits = search(indices, 'ledgr');
  assert.equal(hits[0]?.ref, 'component:default/ledger');
});

test('search_PrefixOfName_FoundByTrailingWildcard', () => {
  const hits = search(indices, 'bookk');
  assert.equal(hits[0]?.ref, 'component:default/ledger');
});

test('search_OwnerField_IsIndexed', () => {
  // lunr splits "team-c" on the hyphen; "c" alone is shared by nothing else as an exact term.
  const hits = search(indices, 'team-c');
  assert.equal(hits[0]?.ref, 'component:default/ledger');
});

test('search_OnlyPunctuation_ReturnsNoError', () => {
  assert.doesNotThrow(() => search(indices, '?? ~ ^ * :'));
});

test('search_EmptyTerm_MatchesEverythingWithZeroScore', () => {
  // A query without clauses matches every document in lunr 2.3.9, as in Backstage.
  const hits = search(indices, '   ');
  assert.equal(hits.length, 3);
  assert.ok(hits.every((hit) => hit.score === 0));
});
