/**
 * The readers on the office formats counties exchange (../shared/corpus/formats: 6 OFD, 5 DOCX,
 * 8 DOC, 1 WPS, 4 PDF, hand labels in labels.json): every sample gives documents or fails by
 * name with a reason; the labelled ones give their number, title, issuer and 成文日期; the same
 * document in two formats gives the same record. Prints the figures and the misses. Skipped,
 * visibly, without ../shared. `--ocr` on the scan PDF is in formats-ocr.slow.test.ts.
 * A CSV export of 100 rows (written by the test) round-trips wherever the suite runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { readSource } from '../../ingest/read/read-source';
import { isGazetteError } from '../../src/errors';
import type { GazetteDocument, GazetteRecord } from '../../src/model';
import { describeShared } from '../shared-corpus';
import { issuerOf, norm, readLabels } from './format-labels';

/** Text as two formats of one document should agree on: no spacing, one dash, one kind of quote. */
function normText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[‐-―−－-]/g, '-')
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'");
}

/** Share of character bigrams two texts have in common (Dice): 1 for the same text. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / Math.max(1, a.length - 1 + (b.length - 1));
}

const fieldsOf = (doc: GazetteDocument | undefined) => ({
  docNumber: norm(doc?.docNumber),
  title: norm(doc?.title),
  issuingBody: issuerOf(doc),
  date: doc?.date ?? '',
});

describeShared('formats', 'office formats (../shared/corpus/formats)', (dir) => {
  const manifest = readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]);
  const labels = readLabels(dir);
  const pipeline = createPipeline();
  const outcomes = new Map<string, GazetteRecord | Error>();
  const outcome = async (file: string) => {
    if (!outcomes.has(file)) {
      outcomes.set(file, await readSource(path.join(dir, file)).then(pipeline, (e: Error) => e));
    }
    return outcomes.get(file)!;
  };

  it('every sample gives documents, or fails by name saying why (scan, garbled text)', async () => {
    const table: string[] = [];
    const bad: string[] = [];
    for (const file of manifest) {
      const result = await outcome(file);
      if (result instanceof Error) {
        const named = isGazetteError(result) && result.message.startsWith(`${path.join(dir, file)}: `);
        const reason = /扫描件|无法解码|只有图像/.test(result.message);
        table.push(`  ✗ ${file}: ${result.message.slice(path.join(dir, file).length + 2)}`);
        if (!named || !reason) bad.push(file);
      } else {
        const doc = result.documents[0];
        table.push(`  ✓ ${file}: ${result.kind}, ${result.documents.length} document(s), ${doc?.text.length ?? 0} chars — ${doc?.title ?? '∅'}`);
        if (result.documents.length === 0 || !doc?.title) bad.push(file);
      }
    }
    const read = [...outcomes.values()].filter((o) => !(o instanceof Error)).length;
    console.log(`formats: ${read} of ${manifest.length} samples give documents; the rest fail by name\n${table.join('\n')}`);
    expect(manifest.length).toBe(24);
    expect(bad).toEqual([]);
  });

  it.each(['docNumber', 'title', 'issuingBody', 'date'] as const)('labelled samples: %s as labelled', async (field) => {
    let printed = 0;
    let right = 0;
    const misses: string[] = [];
    for (const label of labels) {
      const result = await outcome(label.file);
      // The scan is judged in the --ocr test below.
      if (result instanceof Error) continue;
      const expected = {
        docNumber: norm(label.doc_number),
        title: norm(label.title),
        issuingBody: norm(Array.isArray(label.issuer) ? label.issuer.join('、') : label.issuer),
        date: label.date ?? '',
      }[field];
      const actual = fieldsOf(result.documents[0])[field];
      if (!expected) {
        if (actual) misses.push(`${label.file}: ${actual} where none is printed`);
        continue;
      }
      printed++;
      if (actual === expected) right++;
      else misses.push(`${label.file}: ${actual || '∅'} ≠ ${expected}`);
    }
    console.log(`formats ${field}: ${right}/${printed} as labelled${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(right).toBe(printed);
    expect(printed).toBeGreaterThanOrEqual(3);
  });

  it('the OFD 函 gives its title and its date (fragments "202","3","年" joined)', async () => {
    const record = (await outcome('ofd/ofdrw__testPathFillOpacity.ofd')) as GazetteRecord;
    expect(record.documents[0].title).toBe('关于加快南货场铁路涵洞下穿建设的函');
    expect(record.documents[0].date).toBe('2023-07-12');
  });

  it('the same document in two formats gives the same number, title, issuer, date and text', async () => {
    const stem = (f: string) => path.basename(f).replace(/\.[^.]+$/, '');
    const pairs = manifest.flatMap((a, i) => manifest.slice(i + 1).filter((b) => stem(a) === stem(b)).map((b) => [a, b] as const));
    const report: string[] = [];
    for (const [a, b] of pairs) {
      const [ra, rb] = [await outcome(a), await outcome(b)];
      if (ra instanceof Error || rb instanceof Error) throw new Error(`${a} / ${b}: both must read`);
      const [da, db] = [ra.documents[0], rb.documents[0]];
      const sim = similarity(normText(da.text), normText(db.text));
      report.push(`  ${path.extname(a)} / ${path.extname(b)} ${stem(a)}: text ${(100 * sim).toFixed(1)}% alike, ${da.text.length} / ${db.text.length} chars`);
      expect(fieldsOf(db), `${a} / ${b}`).toEqual(fieldsOf(da));
      expect(sim, `${a} / ${b}`).toBeGreaterThan(0.97);
    }
    console.log(`formats: ${pairs.length} pairs agree\n${report.join('\n')}`);
    expect(pairs.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a CSV export of 100 rows', () => {
  const issuers = ['稷山县人民政府', '稷山县人民政府办公室', '稷山县教育局', '稷山县农业农村局'];
  const prefixes = ['稷政发', '稷政办发', '稷教发', '稷农发'];
  const rows = Array.from({ length: 100 }, (_, i) => ({
    title: `${issuers[i % 4]}关于做好第${i + 1}批农村人居环境整治工作的通知`,
    docNumber: `${prefixes[i % 4]}〔2024〕${i + 1}号`,
    issuingBody: issuers[i % 4],
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    validity: i % 10 === 0 ? '失效' : '有效',
  }));
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['标题,文号,发文机关,成文日期,效力状态,内容'];
  rows.forEach((r, i) => {
    const [y, m, d] = r.date.split('-').map(Number);
    lines.push([r.title, r.docNumber, r.issuingBody, `${y}年${m}月${d}日`, r.validity, quote(`各乡镇人民政府：\n现将第${i + 1}批整治工作有关事项通知如下，请认真贯彻执行。`)].join(','));
    if (i === 49) lines.push('一行,多出,的,单元格,会被,跳过,并,点名');
  });
  // Lines: header 1, each row 2 lines (content has a line break), so the bad row is line 2 + 50 × 2.
  const badLine = 2 + 50 * 2;

  it('ingests to one document per row with the row\'s fields, and names the bad row by its line', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'gazette-export-'));
    try {
      const file = path.join(tmp, '政府信息公开目录.csv');
      writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
      const read = await readSource(file);
      expect(read.kind).toBe('rows');
      const record = createPipeline()(read);
      const got = record.documents.map((d) => ({ title: d.title, docNumber: d.docNumber, issuingBody: d.issuingBody, date: d.date, text: d.text.includes('请认真贯彻执行') }));
      const want = rows.map((r) => ({ title: r.title, docNumber: r.docNumber, issuingBody: r.issuingBody, date: r.date, text: true }));
      const same = got.filter((g, i) => JSON.stringify(g) === JSON.stringify(want[i])).length;
      const bad = record.messages.find((m) => m.origin === 'export' && m.level === 'error');
      console.log(`CSV export: ${record.documents.length} documents from 101 rows, ${same}/100 with their row's fields; bad row: ${bad?.message}`);
      expect(record.kind).toBe('export');
      expect(got).toEqual(want);
      expect(record.documents.filter((d) => d.validity?.sentence === '有效性：失效').length).toBe(10);
      expect(bad?.line).toBe(badLine);
      expect(bad?.message).toContain(`第 ${badLine} 行`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
