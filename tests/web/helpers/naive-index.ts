/**
 * @module tests/web/helpers/naive-index
 * A stand-in search index for the browser tests while the SQLite FTS5 index is not in the tree:
 * substring matching over title and paragraphs, with facets and marked passages in the shapes
 * of SearchResult. Everything else (pipeline, store, API) is the real thing.
 */
import type { FacetCount, FacetName, SearchRequest, SearchResult, ValidityStatus } from '../../../src/model';
import type { IndexableDocument } from '../../../src/store/search-backend';
import type { SyncSearchIndex } from '../../../src/store/sqlite/sync-index';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function mark(text: string, terms: string[]): string {
  if (terms.length === 0) return escapeHtml(text);
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += escapeHtml(text.slice(last, match.index)) + `<mark>${escapeHtml(match[0])}</mark>`;
    last = (match.index ?? 0) + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

function statusOf(doc: IndexableDocument, today: string): ValidityStatus {
  if (doc.repealedOn && doc.repealedOn <= today) return '已废止';
  if (doc.expiresOn && doc.expiresOn < today) return '已失效';
  if (doc.effectiveFrom && doc.effectiveFrom > today) return '尚未生效';
  return '现行有效';
}

export function createNaiveIndex(): SyncSearchIndex {
  const docs = new Map<string, IndexableDocument>();
  const names: FacetName[] = ['county', 'year', 'issuer', 'type', 'unit', 'status'];
  const search = async (request: SearchRequest): Promise<SearchResult> => {
    const today = request.asOf ?? new Date().toISOString().slice(0, 10);
    const terms = request.q.split(/\s+/).filter((word) => word && !word.startsWith('-') && !word.includes(':') && word !== 'OR');
    const values = (doc: IndexableDocument): Record<FacetName, string[]> => ({
      county: doc.county ? [doc.county] : [],
      year: doc.year ? [String(doc.year)] : [],
      issuer: doc.issuingBody ? [doc.issuingBody] : [],
      type: doc.type ? [doc.type] : [],
      unit: doc.units,
      status: [statusOf(doc, today)],
    });
    const filters = request.filters ?? {};
    const matches = [...docs.values()].filter((doc) => {
      const text = `${doc.title}\n${doc.paragraphs.join('\n')}`;
      if (!terms.every((term) => text.includes(term))) return false;
      const own = values(doc);
      return names.every((name) => {
        const wanted = (filters[name] ?? []).map(String);
        return wanted.length === 0 || wanted.some((value) => own[name].includes(value));
      });
    });
    if (request.sort === 'date' || terms.length === 0) matches.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const facets = {} as Record<FacetName, FacetCount[]>;
    for (const name of names) {
      const counts = new Map<string, number>();
      for (const doc of matches) for (const value of values(doc)[name]) counts.set(value, (counts.get(value) ?? 0) + 1);
      facets[name] = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
    }
    const limit = request.limit ?? 10;
    const page = request.page ?? 1;
    return {
      total: matches.length,
      page,
      limit,
      facets,
      mode: terms.length ? 'all' : 'browse',
      terms,
      tookMs: 1,
      hits: matches.slice((page - 1) * limit, page * limit).map((doc) => ({
        id: doc.id,
        docNumber: doc.docNumber,
        title: doc.title,
        titleHtml: mark(doc.title, terms),
        issuingBody: doc.issuingBody,
        date: doc.date,
        county: doc.county,
        type: doc.type,
        status: statusOf(doc, today),
        gazette: { id: doc.gazetteId, name: doc.gazetteName ?? '', year: doc.gazetteYear ?? 0, issue: doc.gazetteIssue ?? 0, page: doc.page },
        passages: doc.paragraphs
          .map((text, paragraph) => ({ text, paragraph }))
          .filter(({ text }) => terms.some((term) => text.includes(term)))
          .slice(0, 2)
          .map(({ text, paragraph }) => ({ paragraph, html: mark(text.length > 160 ? text.slice(0, 160) + '…' : text, terms) })),
        score: 1,
      })),
    };
  };
  return {
    name: 'sqlite',
    upsertSync: (list) => list.forEach((doc) => docs.set(doc.id, doc)),
    removeSync: (ids) => ids.forEach((id) => docs.delete(id)),
    indexedIds: () => [...docs.keys()],
    upsert: async (list) => list.forEach((doc) => docs.set(doc.id, doc)),
    remove: async (ids) => ids.forEach((id) => docs.delete(id)),
    search,
    count: async () => docs.size,
    clear: async () => docs.clear(),
    close: async () => undefined,
  };
}
