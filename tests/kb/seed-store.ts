/**
 * A store holding the two seed gazettes for the who-handles tests. With the full ingest
 * pipeline (ingest/pipeline.ts) and the real search index it is `ingestFiles(store,
 * ['data/samples'])`; until those land, each gold document is cut from the seed text
 * (tests/fixtures/duties/make-document.ts), its duties extracted by the real duty stage, and
 * stored behind the API tests' stand-in search index. Either way the duties are real.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { createUnitResolver, loadUnitTable } from '../../src/domain/units';
import type { GazetteDocument, GazetteRecord } from '../../src/model';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';
import { createExtractDuties } from '../../ingest/stages/extract-duties';
import { SHARED, seedDocument } from '../fixtures/duties/make-document';
import { createFakeSearchIndex } from '../api/fake-search-index';

interface GoldGazette {
  file: string;
  county: string;
  documents: Array<{ docNumber: string; title: string; issuingBody?: string; date?: string }>;
}

/**
 * True when the full pipeline loads (then the real samples are ingested); otherwise the reason,
 * e.g. a stage other engineers have not written yet.
 */
export const pipelineReady: true | string = await import('../../ingest/ingest-buffers').then(
  () => true as const,
  (error: Error) => error.message,
);
/** True when openStore has its real search index; until then stores use the API tests' stand-in index. */
export const searchIndexReady: boolean = (() => {
  try {
    openStore({ db: ':memory:' }).close();
    return true;
  } catch {
    return false;
  }
})();

/** Opens a store at a path with the real index when it exists, else the stand-in. */
export function openTestStore(db: string): GazetteStore {
  return openStore(searchIndexReady ? { db } : { db, createIndex: createFakeSearchIndex });
}

async function realStore(): Promise<{ store: GazetteStore; how: string } | undefined> {
  try {
    const { ingestFiles } = await import('../../ingest/ingest-files');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'who-handles-'));
    const store = openTestStore(path.join(dir, 'g.db'));
    const summary = await ingestFiles(store, [path.join(projectRoot, 'data', 'samples')]);
    if (summary.failed > 0 || summary.documents === 0) {
      store.close();
      return undefined;
    }
    return { store, how: `ingestFiles(data/samples): ${summary.documents} documents` };
  } catch (error) {
    console.log(`seed store: the real ingest failed (${(error as Error).message}); using the interim store`);
    return undefined;
  }
}

function interimStore(): { store: GazetteStore; how: string } {
  const gold = JSON.parse(readFileSync(path.join(SHARED, 'gold/seeds.json'), 'utf8')) as { gazettes: GoldGazette[] };
  const units = createUnitResolver(loadUnitTable());
  const extractDuties = createExtractDuties({ units });
  const store = openStore({ db: ':memory:', createIndex: createFakeSearchIndex });
  let count = 0;
  for (const g of gold.gazettes) {
    const gazetteId = `seed-${g.file}`;
    const documents: GazetteDocument[] = g.documents.map((d, ordinal) => {
      const cut = seedDocument(g.file, d.docNumber, g.county);
      const withDuties = extractDuties({ ...cut, id: `seed-${d.docNumber}`, gazetteId, ordinal, docNumber: d.docNumber, title: d.title, date: d.date, issuingBody: d.issuingBody });
      return withDuties;
    });
    count += documents.length;
    const record: GazetteRecord = {
      id: gazetteId,
      kind: 'gazette',
      source: { path: g.file, sha256: gazetteId, format: 'text' },
      issue: { name: `${g.county}人民政府公报`, county: g.county, year: 2022, issue: 1 },
      contents: [],
      documents,
      messages: [],
    };
    store.putGazette(record);
  }
  return { store, how: `interim: ${count} gold documents cut from the seeds, duties by extract-duties` };
}

/** The seed store, and how it was built (printed by the tests). */
export async function openSeedStore(): Promise<{ store: GazetteStore; how: string }> {
  if (pipelineReady !== true) console.log(`seed store: the full pipeline does not load yet (${pipelineReady})`);
  return (pipelineReady === true ? await realStore() : undefined) ?? interimStore();
}
