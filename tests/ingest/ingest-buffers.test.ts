import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIngestBuffers } from '../../ingest/ingest-buffers';
import { projectRoot } from '../../src/config';
import { openStore } from '../../src/store/open-store';

const sample = readFileSync(path.join(projectRoot, 'data', 'samples', 'xiaxian-2023-04.txt'));

describe('createIngestBuffers', () => {
  it('stores an uploaded gazette and reports its documents', async () => {
    const store = openStore({ db: ':memory:' });
    const result = await createIngestBuffers()(store, [{ name: '夏县公报.txt', bytes: sample }]);
    expect(result.rejected).toEqual([]);
    expect(result.stored).toMatchObject([{ file: '夏县公报.txt', status: 'stored' }]);
    expect(result.stored[0].documents).toBeGreaterThanOrEqual(10);
    expect(store.getDocumentByNumber('夏政发〔2023〕12号')).toBeDefined();
  });

  it('answers unchanged for the same bytes a second time', async () => {
    const store = openStore({ db: ':memory:' });
    const ingest = createIngestBuffers();
    await ingest(store, [{ name: 'a.txt', bytes: sample }]);
    const again = await ingest(store, [{ name: 'b.txt', bytes: sample }]);
    expect(again.stored[0].status).toBe('unchanged');
  });

  it('rejects a bad file by name with the reason and still stores the good one', async () => {
    const store = openStore({ db: ':memory:' });
    const result = await createIngestBuffers()(store, [
      { name: 'broken.pdf', bytes: Buffer.from('%PDF-1.7\nnot really a pdf') },
      { name: 'good.txt', bytes: sample },
    ]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].file).toBe('broken.pdf');
    expect(result.rejected[0].message).toContain('broken.pdf');
    expect(result.stored.map((s) => s.file)).toEqual(['good.txt']);
  });
});
