/**
 * @module store/meilisearch/meili-settings
 * Index settings: search only the bigram fields (in weight order: title, number, headings,
 * body — Meilisearch's `attribute` rule ranks by this order), no typo tolerance (a bigram one
 * character off is another word, not a typo), and the fields filters, facets and sorting need.
 */
import type { Settings } from 'meilisearch';
import { bodyFieldNames } from './meili-document';

export const meiliSettings: Settings = {
  searchableAttributes: ['gramsTitle', 'gramsNumber', 'gramsHeadings', ...bodyFieldNames],
  filterableAttributes: [
    'id',
    'county',
    'countyKeys',
    'year',
    'issuingBody',
    'issuerKeys',
    'type',
    'noticeType',
    'level',
    'units',
    'docNumber',
    'citedNumbers',
    'dateNumber',
    'filedFirstNumber',
    'filedLastNumber',
    'effectiveFromNumber',
    'expiresOnNumber',
    'repealedOnNumber',
  ],
  sortableAttributes: ['dateNumber'],
  // `sort` first: a search sorted by date is ordered by date, not by relevance with date as a
  // tie-break (without a sort parameter the rule does nothing). Newest first breaks ties.
  rankingRules: ['sort', 'words', 'proximity', 'attribute', 'exactness', 'dateNumber:desc'],
  typoTolerance: { enabled: false },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
  // Bigrams never need stop words or synonyms; keep the index literal.
  stopWords: [],
  synonyms: {},
};
