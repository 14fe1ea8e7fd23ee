/**
 * The Meilisearch backend. The contract suite needs a server: it runs when MEILI_HOST is set
 * (e.g. MEILI_HOST=http://127.0.0.1:7700 npm test) and is skipped, saying so, otherwise.
 * What needs no server — failures reported clearly — always runs.
 */
import { describe, expect, it } from 'vitest';
import { GazetteError } from '../../../src/errors';
import { createMeiliBackend } from '../../../src/store/meilisearch/meili-backend';
import { describeSearchBackendContract } from '../../contracts/search-backend.contract';

const host = process.env.MEILI_HOST;

if (host) {
  describeSearchBackendContract('meilisearch', async () =>
    createMeiliBackend({ host, apiKey: process.env.MEILI_API_KEY, indexName: `gazette-contract-${process.pid}` }),
  );
} else {
  console.warn('Meilisearch contract suite skipped: set MEILI_HOST=http://127.0.0.1:7700 (and MEILI_API_KEY) to run it against a server.');
  describe.skip('SearchBackend contract: meilisearch (skipped: MEILI_HOST is not set)', () => {
    it('runs against a Meilisearch server', () => {});
  });
}

describe('createMeiliBackend without a server', () => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  const backend = createMeiliBackend({ host: 'http://127.0.0.1:9', timeoutMs: 2000 });

  it.each([
    ['search', () => backend.search({ q: '停电' })],
    ['upsert', () => backend.upsert([{ id: 'd1', gazetteId: 'g', title: '停电', units: [], headings: [], paragraphs: [], citedNumbers: [] }])],
    ['count', () => backend.count()],
  ])('%s reports the server as unavailable, naming it', async (_name, call) => {
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GazetteError);
    expect((error as GazetteError).code).toBe('BACKEND_UNAVAILABLE');
    expect((error as Error).message).toContain('127.0.0.1:9');
  });
});
