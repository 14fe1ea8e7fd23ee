/**
 * The pipeline on 50 real 公文 from 50 counties and cities (../shared/corpus/real/docs, hand
 * labels in labels.json): every file gives documents, and the header fields of the labelled
 * document — own number, title, issuing body, 成文日期 — are read as labelled, and the duties
 * (unit as printed and role) found. Prints the figures and the misses. Skipped, visibly, in a
 * checkout without ../shared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { readSource } from '../../ingest/read/read-source';
import type { GazetteDocument, GazetteRecord } from '../../src/model';
import { issuerOf, labelledDocument, norm, titleAsLabelled } from './label-match';
import { describeShared } from '../shared-corpus';


interface Labelled {
  file: string;
  /** Where the document is from: its county, else its city (a city's own document), else its province. */
  place: { province: string; city: string | null; county: string | null };
  /** The level of the place that issued it: county, city or province. */
  level: 'county' | 'city' | 'province';
  labels: {
    docNumber: string | null;
    title: string | null;
    issuingBody: string | null;
    date: string | null;
    recipients?: string[];
    validity?: Array<{ from: string | null; until: string | null; type: 'effective' | 'period' }>;
    duties?: Array<{ unit: string; roleNorm: string }>;
  };
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

  it('validity as labelled: the day it takes effect, and the last day of a temporary measure', async () => {
    // Labels give dates (2022-07-01), the day of issue in words (发布之日, 即日: judged where the
    // document has its date) and windows (a day's hours are judged by their day).
    const day = (value: string) => value.slice(0, 10);
    let [effective, effectiveRight, windows, windowsRight] = [0, 0, 0, 0];
    const misses: string[] = [];
    for (const { file, labels } of files) {
      const wanted = labels.validity ?? [];
      if (wanted.length === 0) continue;
      const record = await recordOf(file);
      const document = labelledDocument(record, labels);
      const starts = wanted.filter((v) => v.type === 'effective' && v.from);
      const from = starts.map((v) => (/^\d{4}-/.test(v.from!) ? day(v.from!) : document?.date)).find(Boolean);
      if (from) {
        effective++;
        if (document?.validity.effectiveFrom === from) effectiveRight++;
        else misses.push(`${file.slice(0, 3)} from: ${document?.validity.effectiveFrom ?? '∅'} ≠ ${from}`);
      }
      const lastDays = wanted.filter((v) => v.type === 'period' && v.until).map((v) => day(v.until!));
      if (lastDays.length > 0) {
        windows++;
        const until = lastDays.sort().at(-1);
        if (document?.validity.expiresOn === until) windowsRight++;
        else misses.push(`${file.slice(0, 3)} until: ${document?.validity.expiresOn ?? '∅'} ≠ ${until}`);
      }
    }
    console.log(`real docs validity: takes effect ${effectiveRight}/${effective}, measure windows ${windowsRight}/${windows}\n  ${misses.join('\n  ')}`);
    // Floors at today's figures (4/5, 4/5): the rest are a window of hours without a year and a 从…起，调整… that names no verb.
    expect(effectiveRight).toBeGreaterThanOrEqual(4);
    expect(windowsRight).toBeGreaterThanOrEqual(4);
  });

  const TOWN_ISSUER = /(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)$/;
  it('level of the issuing place as labelled, from its issuer (precision ≥ 0.95, found for ≥ 0.7)', async () => {
    // A clerk filters by 效力级别: a county's documents apart from its city's and its province's.
    const levelOf = { county: 'county', city: 'city', province: 'provincial' } as const;
    let found = 0;
    let right = 0;
    const misses: string[] = [];
    for (const { file, level, labels } of files) {
      const read = labelledDocument(await recordOf(file), labels)?.level;
      // A decree's rules carry the kind of instrument (地方政府规章) as their level, not a place's.
      if (!read || !['township', 'county', 'city', 'provincial', 'national'].includes(read)) continue;
      found++;
      // The labels know no level below the county: a document its labeller says a town's
      // government or a street's office issued (温州市鹿城区山福镇人民政府) is a township's.
      const wanted = level === 'county' && TOWN_ISSUER.test(labels.issuingBody ?? '') ? 'township' : levelOf[level];
      if (read === wanted) right++;
      else misses.push(`${file.slice(0, 3)}: ${read} ≠ ${wanted}`);
    }
    console.log(`real docs level: ${right}/${found} right, found for ${found}/${files.length}\n  ${misses.join('\n  ')}`);
    expect(right / found).toBeGreaterThanOrEqual(0.95);
    expect(found / files.length).toBeGreaterThanOrEqual(0.7);
  });

  it('county of a county\'s or a city\'s document as labelled, from its issuer (precision ≥ 0.95, found for ≥ 0.7)', async () => {
    // A resident filters by the county; the office's identity (县教育局 of which county) needs it.
    let placed = 0;
    let found = 0;
    let right = 0;
    const misses: string[] = [];
    for (const { file, place, labels } of files) {
      const expected = place.county ?? place.city;
      if (!expected) continue;
      placed++;
      const county = labelledDocument(await recordOf(file), labels)?.county;
      if (!county) continue;
      found++;
      if (county === expected) right++;
      else misses.push(`${file.slice(0, 3)}: ${county} ≠ ${expected}`);
    }
    console.log(`real docs county: ${right}/${found} right, found for ${found}/${placed}\n  ${misses.join('\n  ')}`);
    expect(right / found).toBeGreaterThanOrEqual(0.95);
    expect(found / placed).toBeGreaterThanOrEqual(0.7);
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

  it('duties as labelled: unit and role (recall ≥ 0.88; precision ≥ 0.85 where the label lists duties)', async () => {
    // The labels' roleNorm (牵头/配合/负责/责任单位/成员) against the extracted role; 责任单位 is 'responsible'.
    const roleOf: Record<string, string> = { lead: '牵头', support: '配合', responsible: '负责', member: '成员' };
    const same = (label: { unit: string; roleNorm: string }, duty: { unit: string; role: string }) =>
      label.unit.replace(/\s/g, '') === duty.unit.replace(/\s/g, '') &&
      (roleOf[duty.role] === label.roleNorm || (label.roleNorm === '责任单位' && duty.role === 'responsible'));
    let labelled = 0;
    let found = 0;
    let extracted = 0;
    let right = 0;
    // Files labelled with no duty: what is read there is shown, and bounded (no label says it is wrong).
    let unlabelled = 0;
    const misses: string[] = [];
    for (const { file, labels } of files) {
      const duties = (await recordOf(file)).documents.flatMap((d) => d.duties);
      if (!labels.duties?.length) {
        unlabelled += duties.length;
        for (const duty of duties) misses.push(`${file.slice(0, 3)}: ? ${duty.unit} ${duty.role} (labelled none)`);
        continue;
      }
      for (const label of labels.duties) {
        labelled++;
        if (duties.some((d) => same(label, d))) found++;
        else misses.push(`${file.slice(0, 3)}: ✗ ${label.unit} ${label.roleNorm}`);
      }
      for (const duty of duties) {
        extracted++;
        if (labels.duties.some((label) => same(label, duty))) right++;
        else misses.push(`${file.slice(0, 3)}: + ${duty.unit} ${duty.role}`);
      }
    }
    const recall = found / labelled;
    const precision = right / extracted;
    console.log(
      `real docs duties: unit+role ${found}/${labelled} (recall ${recall.toFixed(3)}), precision ${right}/${extracted} (${precision.toFixed(3)}), ${unlabelled} in files labelled with none\n  ${misses.join('\n  ')}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.88);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(unlabelled).toBeLessThanOrEqual(8);
  });
});
