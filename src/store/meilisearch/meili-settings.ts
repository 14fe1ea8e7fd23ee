/**
 * @module store/meilisearch/meili-settings
 * Index settings: search only the bigram fields (in weight order: title, number, headings,
 * body — Meilisearch's `attribute` rule ranks by this order), no typo tolerance (a bigram one
 * character off is another word, not a typo), and the fields filters, facets and sorting need.
 */
import type { Settings } from 'meilisearch';

export const meiliSettings: Settings = {
  searchableAttributes: ['gramsTitle', 'gramsNumber', 'gramsHeadings', 'gramsBody'],
  filterableAttributes: [
    'id',
    'county',
    'year',
    'issuingBody',
    'type',
    'units',
    'docNumber',
    'citedNumbers',
    'dateNumber',
    'effectiveFromNumber',
    'expiresOnNumber',
    'repealedOnNumber',
  ],
  sortableAttributes: ['dateNumber'],
  rankingRules: ['words', 'proximity', 'attribute', 'exactness', 'sort', 'dateNumber:desc'],
  typoTolerance: { enabled: false },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 50 },
  // Bigrams never need stop words or synonyms; keep the index literal.
  stopWords: [],
};
