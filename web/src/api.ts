/**
 * @module web/api
 * The one file of the UI that talks to the network: same-origin GETs to /api (POSTs for a query
 * too long for a URL), errors turned
 * into ApiError with the server's Chinese message. Types are shared with the server (type-only).
 */
import type { SearchResult, Suggestion, WhoHandlesResult } from '../../src/model';
import type {
  GazetteDetail,
  GazetteSummary,
  ReferenceGraph,
  StoreStats,
  StoredDocument,
  UnitProfile,
  UnitSummary,
} from '../../src/model/store-views';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The query parameter a 400 names (page, from …), so a page can say how to fix it. */
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | string[] | undefined>;

/** Builds `/api/<path>?…`, repeating keys for lists (county=稷山县&county=夏县). */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (String(one) !== '') params.append(key, String(one));
    }
  }
  const search = params.toString();
  return `/api/${path}${search ? `?${search}` : ''}`;
}

let controller: AbortController | undefined;

/** Aborts requests of the previous page, so a slow answer never overwrites a newer page. */
export function abortPending(): void {
  controller?.abort();
  controller = new AbortController();
}

/**
 * Longest URL sent as a GET: a pasted page would make the request line too long for the server
 * (HTTP 431), so such a query goes as the JSON body of a POST to the same path.
 */
export const maxGetUrlLength = 2000;

async function get<T>(path: string, query?: Query): Promise<T> {
  let response: Response;
  const url = apiUrl(path, query);
  const init: RequestInit =
    url.length > maxGetUrlLength
      ? { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(query ?? {}) }
      : { headers: { accept: 'application/json' } };
  try {
    response = await fetch(url.length > maxGetUrlLength ? apiUrl(path) : url, { ...init, signal: controller?.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试。');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, 'BAD_RESPONSE', `服务器返回了无法识别的内容（HTTP ${response.status}）。`);
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; parameter?: string } }).error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_' + response.status, error?.message ?? `请求失败（HTTP ${response.status}）。`, error?.parameter);
  }
  return body as T;
}

const encode = encodeURIComponent;

export interface DocumentResponse {
  document: StoredDocument;
  references: ReferenceGraph;
}

export const api = {
  search: (query: Query) => get<SearchResult>('search', query),
  document: (id: string) => get<DocumentResponse>(`documents/${encode(id)}`),
  documentByNumber: (docNumber: string) => get<DocumentResponse>(`documents/by-number/${encode(docNumber)}`),
  whoHandles: (q: string, county?: string, inForce = true) => get<WhoHandlesResult>('who-handles', { q, county, inForce: inForce ? undefined : 'false' }),
  references: (docNumber: string, depth: 1 | 2 = 1) => get<ReferenceGraph>(`references/${encode(docNumber)}`, { depth }),
  units: (county?: string) => get<{ units: UnitSummary[] }>('units', { county }),
  unit: (id: string) => get<UnitProfile>(`units/${encode(id)}`),
  gazettes: () => get<{ gazettes: GazetteSummary[] }>('gazettes'),
  gazette: (id: string) => get<GazetteDetail>(`gazettes/${encode(id)}`),
  stats: () => get<StoreStats>('stats'),
};

/**
 * Suggestions while typing, on their own abort signal: a keystroke cancels the previous
 * request, not the page's.
 */
export async function fetchSuggestions(q: string, signal: AbortSignal): Promise<Suggestion[]> {
  const response = await fetch(apiUrl('suggest', { q }), { headers: { accept: 'application/json' }, signal });
  if (!response.ok) return [];
  return ((await response.json()) as { suggestions: Suggestion[] }).suggestions;
}

/** Where the file a document was read from is served (PDF inline, text as text). */
export function documentSourceUrl(documentId: string): string {
  return `/api/documents/${encode(documentId)}/source`;
}

/**
 * Where the file an issue was read from can be fetched (text shown as text, PDF downloaded).
 *
 * @example
 * sourceUrl('3f2a9c…') // → '/api/gazettes/3f2a9c…/source'
 */
export function sourceUrl(gazetteId: string): string {
  return `/api/gazettes/${encode(gazetteId)}/source`;
}

/** The link to a source file, labelled by what a click does with it. */
export function sourceLinkText(format: string): string {
  return format === 'pdf' ? '下载原始 PDF 文件' : '查看原始文件';
}

let statsPromise: Promise<StoreStats> | undefined;

/** Stats change only on ingest; one request per page load is enough (county pickers). */
export function cachedStats(): Promise<StoreStats> {
  statsPromise ??= fetch(apiUrl('stats'), { headers: { accept: 'application/json' } }).then(async (response) => {
    if (!response.ok) throw new ApiError(response.status, 'HTTP_' + response.status, '无法读取统计信息。');
    return (await response.json()) as StoreStats;
  });
  statsPromise.catch(() => {
    statsPromise = undefined;
  });
  return statsPromise;
}
