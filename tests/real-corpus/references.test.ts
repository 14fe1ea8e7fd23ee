/**
 * Cited document numbers on 50 real 公文 (../shared/corpus/real/docs, hand labels `cited` in
 * labels.json): each file read and run through the pipeline as ingestion does, the numbers its
 * documents cite (each document's own number left out) compared with the labels. Prints
 * precision, recall and every miss. Skipped, visibly, in a checkout without ../shared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { readSource } from '../../ingest/read/read-source';
import { describeShared } from '../shared-corpus';


interface Labelled {
  file: string;
  labels: { cited: string[] };
}

describeShared('real/docs', 'cited numbers in real documents (../shared/corpus/real/docs)', (dir) => {
  const files: Labelled[] = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')).files;

  it('finds the cited numbers with precision and recall ≥ 0.95', async () => {
    const pipeline = createPipeline();
    let right = 0;
    let found = 0;
    let labelled = 0;
    const misses: string[] = [];
    for (const { file, labels } of files) {
      const record = pipeline(await readSource(path.join(dir, file)));
      const cited = new Set<string>();
      for (const doc of record.documents) {
        for (const ref of doc.references) if (ref.docNumber && ref.docNumber !== doc.docNumber) cited.add(ref.docNumber);
      }
      const expected = new Set(labels.cited);
      found += cited.size;
      labelled += expected.size;
      for (const n of cited) {
        if (expected.has(n)) right++;
        else misses.push(`${file.slice(0, 3)} extra: ${n}`);
      }
      for (const n of expected) if (!cited.has(n)) misses.push(`${file.slice(0, 3)} missed: ${n}`);
    }
    const precision = found === 0 ? 0 : right / found;
    const recall = labelled === 0 ? 1 : right / labelled;
    console.log(`real docs cited numbers: precision ${precision.toFixed(3)} (${right}/${found}), recall ${recall.toFixed(3)} (${right}/${labelled})\n  ${misses.join('\n  ')}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
