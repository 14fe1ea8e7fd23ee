/**
 * Metamorphic robustness on the 50 labelled real documents: each transformation shows the same
 * document as other real pages show documents (transformations.ts), and the table printed here
 * counts, per transformation and field, the documents that keep the field (run-perturb.ts). The
 * floors sit just under today's figures so that a rule fitted to one page's shape, which loses
 * documents shown another way, fails here. Skipped, visibly, without ../shared.
 */
import { expect, it } from 'vitest';
import { describeShared } from '../../shared-corpus';
import { type Field, fields, formatTable, loadLabelled, readBase, type Row, runTransformation } from './run-perturb';
import { transformations } from './transformations';

/** Documents kept per field, at least (docNumber, title, issuingBody, date, cited). */
const floors: Record<string, [number, number, number, number, number]> = {
  identity: [50, 49, 49, 50, 50],
  'nav-around': [50, 49, 49, 50, 50],
  'cms-headline': [50, 49, 49, 50, 50],
  'meta-before': [50, 49, 50, 50, 50],
  'meta-after': [50, 49, 50, 50, 50],
  'meta-pipes': [50, 49, 50, 50, 50],
  'meta-numbered': [50, 49, 50, 50, 50],
  'printed-twice': [50, 49, 49, 50, 50],
  'trad-hk': [50, 49, 49, 50, 50],
  'trad-tw': [50, 49, 49, 50, 50],
  'half-width': [50, 49, 49, 50, 50],
  'brackets-square': [50, 49, 49, 50, 50],
  'brackets-round': [50, 49, 49, 50, 50],
  'run-on': [49, 43, 47, 48, 49],
  'wrap-24': [49, 47, 47, 49, 50],
  'no-blank-lines': [50, 49, 49, 50, 50],
  'double-blank-lines': [49, 49, 49, 50, 50],
  'title-space': [50, 49, 49, 50, 50],
  'date-words': [50, 49, 49, 50, 50],
  'date-arabic': [50, 49, 49, 50, 50],
  'page-numbers': [50, 49, 49, 50, 50],
  'cut-head': [0, 0, 20, 26, 50],
};

describeShared('real/docs', 'metamorphic robustness (../shared/corpus/real/docs)', (dir) => {
  it('every transformation has a floor', () => {
    expect(transformations.map((t) => t.name).sort()).toEqual(Object.keys(floors).sort());
  });

  it('each transformation keeps each field in at least its floor of documents', async () => {
    const docs = loadLabelled(dir);
    const base = await readBase(dir, docs);
    const rows: Row[] = [];
    for (const t of transformations) rows.push(await runTransformation(dir, docs, base, t));
    console.log(`documents keeping each field, per transformation (kept/judged):\n${formatTable(rows)}`);
    const below: string[] = [];
    for (const row of rows) {
      fields.forEach((f: Field, i) => {
        if (row.kept[f][0] < floors[row.name]![i]!) below.push(`${row.name} ${f} ${row.kept[f][0]} < ${floors[row.name]![i]}: ${row.lost[f].join('; ')}`);
      });
    }
    expect(below).toEqual([]);
  }, 600_000);
});
