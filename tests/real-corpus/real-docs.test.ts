/**
 * The pipeline on 50 real 公文 from 50 counties and cities (../shared/corpus/real/docs, hand
 * labels in labels.json): every file gives documents, and the header fields of the labelled
 * document — own number, title, issuing body, 成文日期 — are read as labelled. Prints the
 * figures and the misses. Skipped, visibly, in a checkout without ../shared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { readSource } from '../../ingest/read/read-source';
import type { GazetteDocument, GazetteRecord } from '../../src/model';
import { issuerOf, labelledDocument, norm, titleAsLabelled } from './label-match';
import { describeShared } from '../shared-corpus';


interface Labelled {
  file: string;
  labels: { docNumber: string | null; title: string | null; issuingBody: string | null; date: string | null; recipients?: string[] };
}

describeShared('real/docs', 'real documents (../shared/corpus/real/docs)', (dir) => {
  const files: Labelled[] = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')).files;
  const pipeline = createPipeline();
  const records = new Map<string, GazetteRecord>();
  const recordOf = async (file: string) => {
    if (!records.has(file)) records.set(file, pipeline(await readSource(path.join(dir, file))));
    return records.get(file)!;
  };

  it('every file gives at least one document with a title and its text', async () => {
    const empty: string[] = [];
    for (const { file } of files) {
      const record = await recordOf(file);
      if (record.documents.length === 0 || record.documents.some((d) => !d.title || d.text.length === 0)) empty.push(file);
    }
    console.log(`real docs: documents found in ${files.length - empty.length} of ${files.length} files`, empty);
    expect(empty).toEqual([]);
  });

  it.each([
    ['docNumber', 0.95, (_r: GazetteRecord, d: GazetteDocument | undefined) => norm(d?.docNumber)],
    ['title', 0.9, (r: GazetteRecord, d: GazetteDocument | undefined, label: string) => titleAsLabelled(r, d, label)],
    ['issuingBody', 0.9, (_r: GazetteRecord, d: GazetteDocument | undefined) => issuerOf(d)],
    ['date', 0.9, (_r: GazetteRecord, d: GazetteDocument | undefined) => d?.date ?? ''],
  ] as const)('%s as labelled, where printed (≥ %s)', async (field, threshold, read) => {
    let printed = 0;
    let right = 0;
    const misses: string[] = [];
    for (const { file, labels } of files) {
      const expected = labels[field];
      if (!expected) continue;
      printed++;
      const record = await recordOf(file);
      const actual = read(record, labelledDocument(record, labels), expected);
      if (actual === norm(expected)) right++;
      else misses.push(`${file.slice(0, 3)}: ${actual || '∅'} ≠ ${norm(expected)}`);
    }
    console.log(`real docs ${field}: ${right}/${printed} (${((100 * right) / printed).toFixed(1)}%)\n  ${misses.join('\n  ')}`);
    expect(right / printed).toBeGreaterThanOrEqual(threshold);
  });

  it('主送机关 as labelled, where printed (≥ 0.9)', async () => {
    // The labels split recipients at commas only; the record keeps the line as printed.
    const joined = (text: string) => norm(text).replace(/[,，]/g, ',');
    let printed = 0;
    let right = 0;
    const misses: string[] = [];
    for (const { file, labels } of files) {
      if (!labels.recipients?.length) continue;
      printed++;
      const actual = joined(labelledDocument(await recordOf(file), labels)?.recipients ?? '');
      if (actual === joined(labels.recipients.join(','))) right++;
      else misses.push(`${file.slice(0, 3)}: ${actual || '∅'} ≠ ${joined(labels.recipients.join(','))}`);
    }
    console.log(`real docs recipients: ${right}/${printed} (${((100 * right) / printed).toFixed(1)}%)\n  ${misses.join('\n  ')}`);
    expect(right / printed).toBeGreaterThanOrEqual(0.9);
  });
});
