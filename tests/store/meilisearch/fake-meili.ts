/**
 * A small in-process stand-in for a Meilisearch server, speaking its HTTP API on loopback, so
 * the Meilisearch backend (through the real `meilisearch` client) runs the contract suite even
 * where no server can be installed. It follows the documented behaviour of the parts the
 * backend uses — index creation, settings, documents, tasks, search with phrases, filters,
 * facets, sort, page/hitsPerPage and limit/offset — and is strict where Meilisearch is strict
 * (filters and facets only on filterable attributes, sort only on sortable ones, invalid filter
 * syntax is a 400), so a mistake in what the backend sends fails here too.
 *
 * What it does NOT reproduce: Meilisearch's tokenizer (it splits on whitespace; the backend
 * sends space-separated bigrams, which the real tokenizer may cut further — identically for
 * documents and queries) and its exact ranking scores. A run against a real server
 * (MEILI_HOST=…) remains the reference.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadRequest, parseFilter, type Doc } from './fake-meili-filter';

interface Task {
  uid: number;
  indexUid: string | null;
  status: 'succeeded' | 'failed';
  type: string;
  error: { message: string; code: string; type: string; link: string } | null;
  enqueuedAt: string;
}
interface IndexState {
  docs: Map<string, Doc>;
  settings: { searchableAttributes: string[]; filterableAttributes: string[]; sortableAttributes: string[]; pagination: { maxTotalHits: number } };
}

export interface FakeMeili {
  host: string;
  /** Every search body received, newest last (to check what the backend sends). */
  searches: Array<Record<string, unknown>>;
  /** The next write task fails with this message. */
  failNextTask(message: string): void;
  close(): Promise<void>;
}

// ---- search ------------------------------------------------------------------------------

type Term = { words: string[]; prefix: boolean };

/** Query terms as Meilisearch reads them: "quoted phrases", words, the last word a prefix. */
function readQuery(q: string): Term[] {
  const terms: Term[] = [];
  const re = /"([^"]*)"?|(\S+)/g;
  for (const m of q.matchAll(re)) {
    if (m[1] !== undefined) {
      const words = m[1].toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length) terms.push({ words, prefix: false });
    } else {
      terms.push({ words: [m[2].toLowerCase()], prefix: false });
    }
  }
  const last = terms[terms.length - 1];
  if (last && last.words.length === 1 && !/"\s*$/.test(q) && !/\s$/.test(q)) last.prefix = true;
  // Documented limit: words after the tenth are ignored.
  return terms.slice(0, 10);
}

/** Best (lowest) searchable attribute index holding the term, or -1. */
function termAttribute(doc: Doc, term: Term, searchable: string[]): number {
  for (const [i, field] of searchable.entries()) {
    const text = doc[field];
    if (typeof text !== 'string' || !text) continue;
    const words = text.toLowerCase().split(/\s+/);
    for (let p = 0; p + term.words.length <= words.length; p++) {
      const ok = term.words.every((w, k) => (term.prefix && k === term.words.length - 1 ? words[p + k].startsWith(w) : words[p + k] === w));
      if (ok) return i;
    }
  }
  return -1;
}

function search(state: IndexState, body: Record<string, unknown>): Record<string, unknown> {
  const settings = state.settings;
  const filterable = new Set(settings.filterableAttributes);
  const q = typeof body.q === 'string' ? body.q : '';
  const strategy = body.matchingStrategy ?? 'last';
  if (strategy !== 'all') throw new BadRequest(`the fake only implements matchingStrategy 'all' (got ${String(strategy)})`, 'invalid_search_matching_strategy');
  const filter = body.filter === undefined || body.filter === null ? undefined : parseFilter(String(body.filter), filterable);
  const terms = readQuery(q);
  const searchable = settings.searchableAttributes;

  let matched: Array<{ doc: Doc; score: number }> = [];
  for (const doc of state.docs.values()) {
    if (filter && !filter(doc)) continue;
    if (terms.length === 0) {
      matched.push({ doc, score: 1 });
      continue;
    }
    const attrs = terms.map((t) => termAttribute(doc, t, searchable));
    if (attrs.some((a) => a < 0)) continue;
    // Earlier searchable attributes weigh more (the `attribute` rule); scores stay in (0, 1].
    matched.push({ doc, score: 1 - attrs.reduce((s, a) => s + a, 0) / (attrs.length * searchable.length * 2) });
  }
  const sort = Array.isArray(body.sort) ? (body.sort as string[]) : [];
  for (const rule of sort) {
    const field = rule.split(':')[0];
    if (!settings.sortableAttributes.includes(field)) throw new BadRequest(`Attribute \`${field}\` is not sortable`, 'invalid_search_sort');
  }
  const num = (d: Doc, f: string) => (typeof d[f] === 'number' ? (d[f] as number) : -Infinity);
  matched.sort((a, b) => {
    for (const rule of sort) {
      const [field, dir] = rule.split(':');
      const diff = num(a.doc, field) - num(b.doc, field);
      if (diff !== 0) return dir === 'desc' ? -diff : diff;
    }
    return b.score - a.score || num(b.doc, 'dateNumber') - num(a.doc, 'dateNumber');
  });
  matched = matched.slice(0, settings.pagination.maxTotalHits);

  const facetDistribution: Record<string, Record<string, number>> = {};
  for (const field of (body.facets as string[] | undefined) ?? []) {
    if (!filterable.has(field)) throw new BadRequest(`Attribute \`${field}\` is not filterable (facets)`, 'invalid_search_facets');
    const counts: Record<string, number> = {};
    for (const { doc } of matched) {
      const v = doc[field];
      for (const value of v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
    }
    facetDistribution[field] = counts;
  }

  const retrieve = body.attributesToRetrieve as string[] | undefined;
  const shape = ({ doc, score }: { doc: Doc; score: number }) => {
    const out: Record<string, unknown> = retrieve ? Object.fromEntries(retrieve.filter((f) => f in doc).map((f) => [f, doc[f]])) : { ...doc };
    if (body.showRankingScore) out._rankingScore = score;
    if (body.showRankingScoreDetails) out._rankingScoreDetails = { attribute: { order: 0, score } };
    return out;
  };
  const paged = body.page !== undefined || body.hitsPerPage !== undefined;
  if (paged) {
    const page = Number(body.page ?? 1);
    const perPage = Number(body.hitsPerPage ?? 20);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 0) throw new BadRequest('bad page/hitsPerPage', 'invalid_search_page');
    return {
      hits: matched.slice((page - 1) * perPage, page * perPage).map(shape),
      query: q,
      processingTimeMs: 0,
      page,
      hitsPerPage: perPage,
      totalHits: matched.length,
      totalPages: perPage === 0 ? 0 : Math.ceil(matched.length / perPage),
      ...(body.facets ? { facetDistribution } : {}),
    };
  }
  const limit = Number(body.limit ?? 20);
  const offset = Number(body.offset ?? 0);
  return {
    hits: matched.slice(offset, offset + limit).map(shape),
    query: q,
    processingTimeMs: 0,
    limit,
    offset,
    estimatedTotalHits: matched.length,
    ...(body.facets ? { facetDistribution } : {}),
  };
}

// ---- server ------------------------------------------------------------------------------

/** Starts the fake on loopback (a given port, to bring a "server" back where it was). */
export async function startFakeMeili(port = 0): Promise<FakeMeili> {
  const indexes = new Map<string, IndexState>();
  const tasks = new Map<number, Task>();
  const searches: Array<Record<string, unknown>> = [];
  let nextTask = 0;
  let failNext: string | undefined;

  function task(indexUid: string, type: string, work: () => void): Record<string, unknown> {
    const uid = nextTask++;
    let error: Task['error'] = null;
    try {
      if (failNext && type !== 'indexCreation' && type !== 'settingsUpdate') {
        const message = failNext;
        failNext = undefined;
        throw new BadRequest(message, 'internal');
      }
      work();
    } catch (e) {
      error = { message: (e as Error).message, code: (e as BadRequest).code ?? 'internal', type: 'invalid_request', link: '' };
    }
    const enqueuedAt = new Date().toISOString();
    tasks.set(uid, { uid, indexUid, status: error ? 'failed' : 'succeeded', type, error, enqueuedAt });
    return { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt };
  }

  function indexOf(uid: string): IndexState {
    const state = indexes.get(uid);
    if (!state) throw Object.assign(new BadRequest(`Index \`${uid}\` not found.`, 'index_not_found'), { status: 404 });
    return state;
  }

  async function handle(method: string, url: URL, body: unknown): Promise<[number, unknown]> {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (method === 'GET' && parts[0] === 'tasks' && parts.length === 2) {
      const t = tasks.get(Number(parts[1]));
      return t ? [200, t] : [404, { message: 'task not found', code: 'task_not_found', type: 'invalid_request', link: '' }];
    }
    if (method === 'POST' && parts.length === 1 && parts[0] === 'indexes') {
      const { uid } = body as { uid: string };
      return [
        202,
        task(uid, 'indexCreation', () => {
          if (indexes.has(uid)) throw new BadRequest(`Index \`${uid}\` already exists.`, 'index_already_exists');
          indexes.set(uid, {
            docs: new Map(),
            settings: { searchableAttributes: ['*'], filterableAttributes: [], sortableAttributes: [], pagination: { maxTotalHits: 1000 } },
          });
        }),
      ];
    }
    if (parts[0] !== 'indexes' || parts.length < 3) return [404, { message: `no route ${method} ${url.pathname}`, code: 'not_found', type: 'invalid_request', link: '' }];
    const uid = parts[1];
    const rest = parts.slice(2).join('/');
    const state = indexOf(uid);
    if (method === 'PATCH' && rest === 'settings') {
      return [202, task(uid, 'settingsUpdate', () => Object.assign(state.settings, body))];
    }
    if (method === 'POST' && rest === 'documents') {
      const docs = body as Doc[];
      return [
        202,
        task(uid, 'documentAdditionOrUpdate', () => {
          for (const doc of docs) {
            if (typeof doc.id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(doc.id)) throw new BadRequest(`invalid document id ${String(doc.id)}`, 'invalid_document_id');
          }
          for (const doc of docs) state.docs.set(doc.id, doc);
        }),
      ];
    }
    if (method === 'POST' && rest === 'documents/delete-batch') {
      return [202, task(uid, 'documentDeletion', () => (body as string[]).forEach((id) => state.docs.delete(String(id))))];
    }
    if (method === 'DELETE' && rest === 'documents') {
      return [202, task(uid, 'documentDeletion', () => state.docs.clear())];
    }
    if (method === 'GET' && rest === 'stats') {
      return [200, { numberOfDocuments: state.docs.size, isIndexing: false, fieldDistribution: {} }];
    }
    if (method === 'POST' && rest === 'search') {
      searches.push(body as Record<string, unknown>);
      return [200, search(state, body as Record<string, unknown>)];
    }
    return [404, { message: `no route ${method} ${url.pathname}`, code: 'not_found', type: 'invalid_request', link: '' }];
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://fake');
      Promise.resolve()
        .then(() => handle(req.method ?? 'GET', url, text ? JSON.parse(text) : undefined))
        .then(
          ([status, payload]) => [status, payload] as const,
          (e: unknown) => [(e as { status?: number }).status ?? 400, { message: (e as Error).message, code: (e as BadRequest).code ?? 'bad_request', type: 'invalid_request', link: '' }] as const,
        )
        .then(([status, payload]) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    host: `http://127.0.0.1:${bound}`,
    searches,
    failNextTask(message) {
      failNext = message;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
