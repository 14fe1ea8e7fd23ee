/**
 * A store holding the two bundled sample gazettes (data/samples), ingested by the real
 * pipeline into a temporary SQLite file. Shared by the tests that check behaviour on real
 * documents; each call makes its own file, so tests never see each other's writes.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFiles } from '../ingest/ingest-files';
import { createPipeline } from '../ingest/pipeline';
import { textToSourceText } from '../ingest/read/text';
import type { SearchRequest } from '../src/model';
import type { GazetteStore } from '../src/store/gazette-store';
import { openStore } from '../src/store/open-store';
import { sampleGazettes, samplesDir } from './samples';

export { samplesDir };

export async function openSampleStore(): Promise<GazetteStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-samples-'));
  const store = openStore({ db: path.join(dir, 'gazette.db') });
  const summary = await ingestFiles(store, [samplesDir]);
  if (summary.failed > 0 || summary.documents === 0) throw new Error(`samples did not ingest: ${JSON.stringify(summary)}`);
  return store;
}

/** Every id a search returns, across all its pages. */
export async function allIds(store: GazetteStore, request: SearchRequest): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const result = await store.search.search({ ...request, page, limit: 100 });
    ids.push(...result.hits.map((h) => h.id));
    if (ids.length >= result.total || result.hits.length === 0) return ids;
  }
}

/**
 * The sorted document numbers the pipeline gives the samples in this process: what a store
 * holds after an uninterrupted ingestion of data/samples (sampleDocuments of them).
 */
export function sampleDocumentNumbers(): string[] {
  const run = createPipeline();
  return sampleGazettes
    .flatMap((g) => run(textToSourceText(readFileSync(path.join(samplesDir, g.file), 'utf8'), { path: g.file, sha256: g.file, format: 'text' })).documents)
    .map((d) => d.docNumber ?? '')
    .sort();
}
