/**
 * @module tests/real-corpus/perturb/run-perturb
 * Runs each transformation over the 50 labelled real documents and counts, per field, how many
 * documents keep it: the field read from the changed text equals the label (where the document
 * has one), else what the product read from the unchanged text — the same document must give the
 * same answer however a page shows it. Cited numbers are kept when the changed text cites the
 * same set (only those still printed, after an excerpt). Fields a transformation removed are not
 * judged. Also runnable alone: `npx tsx tests/real-corpus/perturb/run-perturb.ts [name…]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../../../ingest/pipeline';
import { readBuffer } from '../../../ingest/read/read-source';
import type { GazetteRecord } from '../../../src/model';
import { sharedPath } from '../../shared-corpus';
import { issuerOf, labelledDocument, norm, titleAsLabelled } from '../label-match';
import { type Labels, type Transformation, transformations } from './transformations';

export const fields = ['docNumber', 'title', 'issuingBody', 'date', 'cited'] as const;
export type Field = (typeof fields)[number];

export interface Row {
  name: string;
  /** Per field: documents that kept it, documents judged. */
  kept: Record<Field, [number, number]>;
  /** Per field, the documents lost: `003: got ≠ expected`. */
  lost: Record<Field, string[]>;
}

interface Labelled {
  file: string;
  labels: Labels;
}

type Read = Record<Exclude<Field, 'cited'>, string> & { cited: string[] };

function read(record: GazetteRecord, labels: Labels): Read {
  const doc = labelledDocument(record, labels);
  const cited = new Set<string>();
  for (const d of record.documents) for (const ref of d.references) if (ref.docNumber && ref.docNumber !== d.docNumber) cited.add(ref.docNumber);
  return {
    docNumber: norm(doc?.docNumber),
    title: titleAsLabelled(record, doc, labels.title),
    issuingBody: issuerOf(doc),
    date: doc?.date ?? '',
    cited: [...cited].sort(),
  };
}

async function ingest(text: string, file: string): Promise<GazetteRecord> {
  const pipeline = createPipeline();
  const result = await readBuffer(Buffer.from(text, 'utf8'), file);
  return pipeline(result);
}

export function loadLabelled(dir: string): Labelled[] {
  return (JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as { files: Labelled[] }).files;
}

/** One transformation over every labelled document. */
export async function runTransformation(dir: string, docs: Labelled[], base: Map<string, Read>, t: Transformation): Promise<Row> {
  const row: Row = { name: t.name, kept: {} as Row['kept'], lost: {} as Row['lost'] };
  for (const f of fields) [row.kept[f], row.lost[f]] = [[0, 0], []];
  for (const { file, labels } of docs) {
    const original = readFileSync(path.join(dir, file), 'utf8');
    const changed = t.apply(original, labels);
    const got = read(await ingest(changed, file), labels);
    const before = base.get(file)!;
    const expect = t.expect?.(original, changed, labels) ?? {};
    for (const f of fields) {
      if (expect[f] === 'skip') continue;
      let want: string;
      let have: string;
      if (f === 'cited') {
        const flat = norm(changed);
        want = before.cited.filter((n) => !t.expect || flat.includes(norm(n))).join(' ');
        have = got.cited.join(' ');
      } else {
        want = labels[f] ? (f === 'date' ? labels[f]! : norm(labels[f])) : before[f];
        have = got[f];
      }
      row.kept[f][1]++;
      if (have === want) row.kept[f][0]++;
      else row.lost[f].push(`${file.slice(0, 3)}: ${have || '∅'} ≠ ${want || '∅'}`);
    }
  }
  return row;
}

/** What the product reads from each unchanged document (the reference for unlabelled fields). */
export async function readBase(dir: string, docs: Labelled[]): Promise<Map<string, Read>> {
  const base = new Map<string, Read>();
  for (const { file, labels } of docs) base.set(file, read(await ingest(readFileSync(path.join(dir, file), 'utf8'), file), labels));
  return base;
}

export function formatTable(rows: Row[]): string {
  const head = `${'transformation'.padEnd(20)}${fields.map((f) => f.padStart(13)).join('')}`;
  const body = rows.map((r) => `${r.name.padEnd(20)}${fields.map((f) => `${r.kept[f][0]}/${r.kept[f][1]}`.padStart(13)).join('')}`);
  return [head, ...body].join('\n');
}

if (process.argv[1]?.endsWith('run-perturb.ts')) {
  const docsDir = sharedPath('real', 'docs');
  const wanted = process.argv.slice(2);
  const docs = loadLabelled(docsDir);
  const base = await readBase(docsDir, docs);
  const rows: Row[] = [];
  for (const t of transformations.filter((x) => wanted.length === 0 || wanted.includes(x.name))) {
    const row = await runTransformation(docsDir, docs, base, t);
    rows.push(row);
    if (wanted.length) for (const f of fields) if (row.lost[f].length) console.log(`${t.name} ${f}:\n  ${row.lost[f].join('\n  ')}`);
  }
  console.log(formatTable(rows));
}
