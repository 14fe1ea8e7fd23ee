import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { textToSourceText } from '../../../ingest/read/text';
import { projectRoot } from '../../../src/config';
import { openStore } from '../../../src/store/open-store';
import { decodeDocument } from '../../../src/store/sqlite/document-codec';
import { ftsColumns } from '../../../src/store/sqlite/fts-columns';
import { prepareRows } from '../../../src/store/sqlite/prepare-rows';
import { toIndexable } from '../../../src/store/to-indexable';

const run = createPipeline();
const record = run(
  textToSourceText(fs.readFileSync(path.join(projectRoot, 'data', 'samples', 'jishan-2022-03.txt'), 'utf8'), {
    path: 'jishan-2022-03.txt',
    sha256: 'jishan',
    format: 'text',
  }),
);

describe('prepareRows', () => {
  it('builds, for each document, the record and FTS row the store would build itself', () => {
    // Building rows teaches the segmenter the gazette's unit names, which changes how later
    // texts split: build once so both sides below see the same segmenter.
    prepareRows(record);
    const rows = prepareRows(record);
    expect(Object.keys(rows.documents)).toEqual(record.documents.map((d) => d.id));
    for (const document of record.documents) {
      const prepared = rows.documents[document.id];
      // The duties are the store's to read from their table (schema step 12): the record says how many.
      const duties = (_texts: string[], count: number) => (count === document.duties.length ? JSON.parse(JSON.stringify(document.duties)) : []);
      expect(decodeDocument(Buffer.from(prepared.record), Buffer.from(prepared.paragraphs), duties)).toEqual(JSON.parse(JSON.stringify(document)));
      expect(prepared.fts).toEqual(ftsColumns(toIndexable(document)));
    }
  });

  it('keeps the first document of an id, as the store does', () => {
    const [first, second] = record.documents;
    const twice = { ...record, documents: [first, { ...second, id: first.id }] };
    expect(Object.keys(prepareRows(twice).documents)).toEqual([first.id]);
    expect(prepareRows(twice).documents[first.id].fts[0]).toBe(ftsColumns(toIndexable(first))[0]);
  });

  it('gives a store written with them the same documents and the same search answers', async () => {
    const plain = openStore({ db: ':memory:' });
    const prepared = openStore({ db: ':memory:' });
    try {
      plain.putGazette(record);
      prepared.putGazette(record, prepareRows(record));
      const stored = (store: typeof plain, id: string) => {
        const document = store.getDocument(id)!;
        return { ...document, gazette: { ...document.gazette, ingestedAt: '' } };
      };
      for (const document of record.documents) expect(stored(prepared, document.id)).toEqual(stored(plain, document.id));
      for (const q of ['停电', '助企纾困', '县人社局', '稷政办发〔2022〕31号']) {
        const [a, b] = await Promise.all([plain.search.search({ q }), prepared.search.search({ q })]);
        expect(b.hits).toEqual(a.hits);
        expect(b.total).toBeGreaterThan(0);
      }
      expect(prepared.check().ok).toBe(true);
    } finally {
      plain.close();
      prepared.close();
    }
  });
});
