/**
 * @module tests/web/helpers/fake-api
 * A small stand-in for the HTTP API (same routes, same JSON shapes, same CSP as the real app),
 * used to develop and test the UI while src/api is not there yet. It answers from a few
 * documents written for the UI tests, searched by plain substring matching.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FacetCount, FacetName, SearchHit, SearchResult, WhoHandlesResult } from '../../../src/model';
import type { ReferenceEdge, ReferenceGraph, StoredDocument } from '../../../src/store/gazette-store';
import { fakeDocuments } from './fake-corpus';

const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

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

function facetValues(doc: StoredDocument): Record<FacetName, string[]> {
  return {
    county: doc.county ? [doc.county] : [],
    year: doc.date ? [doc.date.slice(0, 4)] : [],
    issuer: doc.issuingBody ? [doc.issuingBody] : [],
    type: doc.type ? [doc.type] : [],
    unit: [...new Set(doc.duties.map((duty) => duty.unit))],
    status: [doc.status.status],
  };
}

function search(params: URLSearchParams): SearchResult {
  const q = params.get('q') ?? '';
  const terms = q.split(/\s+/).filter((word) => word && !word.startsWith('-') && !word.includes(':'));
  const names: FacetName[] = ['county', 'year', 'issuer', 'type', 'unit', 'status'];
  const matches = fakeDocuments.filter((doc) => {
    const text = `${doc.title}\n${doc.text}`;
    if (!terms.every((term) => text.includes(term))) return false;
    const values = facetValues(doc);
    return names.every((name) => {
      const wanted = params.getAll(name);
      return wanted.length === 0 || wanted.some((value) => values[name].includes(value));
    });
  });
  const facets = {} as Record<FacetName, FacetCount[]>;
  for (const name of names) {
    const counts = new Map<string, number>();
    for (const doc of matches) for (const value of facetValues(doc)[name]) counts.set(value, (counts.get(value) ?? 0) + 1);
    facets[name] = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
  }
  const limit = Number(params.get('limit') ?? 10);
  const page = Number(params.get('page') ?? 1);
  const hits: SearchHit[] = matches.slice((page - 1) * limit, page * limit).map((doc) => ({
    id: doc.id,
    docNumber: doc.docNumber,
    title: doc.title,
    titleHtml: mark(doc.title, terms),
    issuingBody: doc.issuingBody,
    date: doc.date,
    county: doc.county,
    type: doc.type,
    status: doc.status.status,
    gazette: doc.gazette ? { id: doc.gazette.id, name: doc.gazette.name ?? '', year: doc.gazette.year ?? 0, issue: doc.gazette.issue ?? 0, page: doc.page } : undefined,
    passages: doc.paragraphs
      .map((paragraph, index) => ({ paragraph: index, text: paragraph.text }))
      .filter(({ text }) => terms.some((term) => text.includes(term)))
      .slice(0, 2)
      .map(({ paragraph, text }) => ({ paragraph, html: mark(text, terms) })),
    score: 1,
  }));
  return { total: matches.length, page, limit, hits, facets, mode: q ? 'all' : 'browse', terms, tookMs: 1 };
}

function graphOf(doc: StoredDocument): ReferenceGraph {
  const brief = (d: StoredDocument) => ({ id: d.id, docNumber: d.docNumber, title: d.title, issuingBody: d.issuingBody, date: d.date, county: d.county, gazetteId: d.gazetteId });
  const node = { docNumber: doc.docNumber, title: doc.title, document: brief(doc) };
  const find = (number?: string, title?: string) => fakeDocuments.find((d) => (number && d.docNumber === number) || (title && d.title.includes(title)));
  const edges = (relation: string): ReferenceEdge[] =>
    doc.references.filter((ref) => ref.relation === relation).map((ref) => {
      const target = find(ref.docNumber, ref.title);
      return { relation: ref.relation, from: node, to: { docNumber: ref.docNumber, title: ref.title, document: target ? brief(target) : undefined }, sentence: ref.sentence };
    });
  const citedBy: ReferenceEdge[] = fakeDocuments.flatMap((other) =>
    other.references.filter((ref) => ref.relation === 'cites' && ref.docNumber && ref.docNumber === doc.docNumber).map((ref) => ({
      relation: ref.relation, from: { docNumber: other.docNumber, title: other.title, document: brief(other) }, to: node, sentence: ref.sentence,
    })));
  return { node, status: doc.status, cites: edges('cites'), citedBy, repeals: edges('repeals'), repealedBy: [], basedOn: edges('basedOn'), implements: [], revises: [], revisedBy: [] };
}

function outsideGraph(key: string): ReferenceGraph {
  const citedBy: ReferenceEdge[] = fakeDocuments.flatMap((doc) =>
    doc.references.filter((ref) => ref.docNumber === key || ref.title === key).map((ref) => ({
      relation: ref.relation, from: { docNumber: doc.docNumber, title: doc.title, document: { id: doc.id, title: doc.title, docNumber: doc.docNumber, gazetteId: doc.gazetteId } }, to: { docNumber: ref.docNumber, title: ref.title }, sentence: ref.sentence,
    })));
  return { node: { docNumber: key.includes('〔') ? key : undefined, title: key.includes('〔') ? undefined : key }, cites: [], citedBy, repeals: [], repealedBy: [], basedOn: [], implements: [], revises: [], revisedBy: [] };
}

function whoHandles(params: URLSearchParams): WhoHandlesResult {
  const question = params.get('q') ?? '';
  const county = params.get('county') ?? undefined;
  const answers = fakeDocuments
    .filter((doc) => !county || doc.county === county)
    .flatMap((doc) => doc.duties.filter((duty) => [...duty.matter].filter((c) => question.includes(c)).length >= 6).map((duty) => ({ doc, duty })))
    .map(({ doc, duty }) => ({
      unit: { id: duty.unitId ?? duty.unit, name: duty.unit, county: doc.county, aliases: [] },
      role: duty.role,
      roleLabel: duty.role === 'support' ? '配合' : '负责',
      score: 1,
      evidence: [{ sentence: duty.sentence, matter: duty.matter, role: duty.role, document: { id: doc.id, docNumber: doc.docNumber, title: doc.title, county: doc.county, date: doc.date } }],
    }));
  return { question, county, mode: 'matter', terms: [question], answers, suggestions: answers.length ? [] : ['新办企业首次申领发票'], message: answers.length ? undefined : '没有找到负责部门。', tookMs: 1 };
}

function api(url: URL): unknown {
  const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
  const byId = (id: string) => fakeDocuments.find((doc) => doc.id === id);
  switch (parts[0]) {
    case 'search': return search(url.searchParams);
    case 'documents': {
      const doc = parts[1] === 'by-number' ? fakeDocuments.find((d) => d.docNumber === parts[2]) : byId(parts[1]);
      return doc ? { document: doc, references: graphOf(doc) } : undefined;
    }
    case 'references': {
      const doc = fakeDocuments.find((d) => d.docNumber === parts[1] || d.title === parts[1]);
      return doc ? graphOf(doc) : outsideGraph(parts[1]);
    }
    case 'who-handles': return whoHandles(url.searchParams);
    case 'stats': return { gazettes: 3, documents: fakeDocuments.length, references: 3, referencedNodes: 3, duties: 4, units: 4, bytesOnDisk: 0, counties: [{ county: '稷山县', gazettes: 1, documents: 2 }, { county: '夏县', gazettes: 1, documents: 1 }, { county: '测试县', gazettes: 1, documents: 1 }] };
    case 'units': {
      const units = new Map<string, { id: string; name: string; county?: string; aliases: string[]; dutyCount: number; documentCount: number }>();
      for (const doc of fakeDocuments) for (const duty of doc.duties) {
        const id = duty.unitId ?? duty.unit;
        const unit = units.get(id) ?? { id, name: duty.unit, county: doc.county, aliases: [], dutyCount: 0, documentCount: 1 };
        unit.dutyCount++;
        units.set(id, unit);
      }
      if (parts[1]) {
        const unit = units.get(parts[1]);
        if (!unit) return undefined;
        const documents = fakeDocuments.filter((doc) => doc.duties.some((duty) => (duty.unitId ?? duty.unit) === unit.id)).map((doc) => ({
          document: { id: doc.id, docNumber: doc.docNumber, title: doc.title, issuingBody: doc.issuingBody, date: doc.date, county: doc.county, gazetteId: doc.gazetteId },
          duties: doc.duties.filter((duty) => (duty.unitId ?? duty.unit) === unit.id),
        }));
        return { unit: { id: unit.id, name: unit.name, county: unit.county, aliases: unit.aliases }, documents };
      }
      return { units: [...units.values()] };
    }
    case 'gazettes': {
      const gazettes = [...new Map(fakeDocuments.map((doc) => [doc.gazette!.id, doc.gazette!])).values()];
      if (!parts[1]) return { gazettes };
      const gazette = gazettes.find((g) => g.id === parts[1]);
      if (!gazette) return undefined;
      const documents = fakeDocuments.filter((doc) => doc.gazetteId === gazette.id);
      return { ...gazette, contents: documents.map((doc) => ({ title: doc.title, docNumber: doc.docNumber, page: doc.page, documentId: doc.id, section: '县政府办文件' })), documents, messages: [] };
    }
    default: return undefined;
  }
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves web/dist and the fake API on an ephemeral loopback port. */
export async function startFakeApi(distDir: string): Promise<RunningServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('content-security-policy', csp);
    if (url.pathname.startsWith('/api/')) {
      const body = api(url);
      response.statusCode = body === undefined ? 404 : 200;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify(body ?? { error: { code: 'NOT_FOUND', message: `没有找到：${url.pathname}` } }));
      return;
    }
    const file = path.join(distDir, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    const target = file.startsWith(distDir) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(distDir, 'index.html');
    const type = target.endsWith('.js') ? 'text/javascript' : target.endsWith('.css') ? 'text/css' : 'text/html';
    response.setHeader('content-type', `${type}; charset=utf-8`);
    response.end(fs.readFileSync(target));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
