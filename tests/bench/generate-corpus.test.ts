import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { textToSourceText } from '../../ingest/read/text';
import { COUNTIES, createIssueSlots, createRandom, generateCorpus, shiftDates, type GeneratedGazette } from '../../bench/generate-corpus';
import type { GazetteRecord } from '../../src/model';

const samplesDir = path.resolve(__dirname, '../../data/samples');
const run = createPipeline();
const ingest = (text: string, name: string) => run(textToSourceText(text, { path: name, sha256: name, format: 'text' }));

let samples: GazetteRecord[];
let corpus: GeneratedGazette[];
let records: GazetteRecord[];

beforeAll(() => {
  samples = fs
    .readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ingest(fs.readFileSync(path.join(samplesDir, f), 'utf8'), f));
  corpus = [...generateCorpus(samples, { count: 6, seed: 42 })];
  records = corpus.map((g) => ingest(g.text, g.fileName));
}, 60_000);

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('shiftDates', () => {
  it.each([
    ['2022年8月1日', -10, '2012年8月1日'],
    ['2022 年 9 月 30 日出版', 1, '2023 年 9 月 30 日出版'],
    ['稷政办发〔2022〕37号', 5, '稷政办发〔2022〕37号'],
    ['2022年行动计划', 3, '2022年行动计划'],
  ])('%s moved by %i years reads %s', (text, years, expected) => {
    expect(shiftDates(text, years)).toBe(expected);
  });
});

describe('generateCorpus', () => {
  it('yields the requested number of gazettes with distinct file names', () => {
    expect(corpus).toHaveLength(6);
    expect(new Set(corpus.map((g) => g.fileName)).size).toBe(6);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const again = [...generateCorpus(samples, { count: 6, seed: 42 })];
    expect(again).toEqual(corpus);
    const other = [...generateCorpus(samples, { count: 6, seed: 43 })];
    expect(other.map((g) => g.text)).not.toEqual(corpus.map((g) => g.text));
  });

  it('writes gazettes the pipeline reads back with their county and year from the file name', () => {
    for (const [i, record] of records.entries()) {
      const [county, year] = corpus[i].fileName.split('-');
      expect(record.issue?.county).toBe(county);
      expect(record.issue?.year).toBe(Number(year));
    }
  });

  it('keeps as many documents as the template gazette, each with its new number', () => {
    for (const [i, record] of records.entries()) {
      const template = samples[i % samples.length];
      expect(record.documents).toHaveLength(template.documents.length);
      const abbr = corpus[i].text.match(/([\u4e00-\u9fff]{1,2})政(?:办)?[发函]〔/)?.[1];
      for (const doc of record.documents) {
        expect(doc.docNumber).toMatch(new RegExp(`^${abbr}政(办)?[发函]〔${record.issue?.year}〕\\d+号$`));
      }
    }
  });

  it('numbers documents uniquely across the corpus', () => {
    const numbers = records.flatMap((r) => r.documents.map((d) => d.docNumber));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('dates documents in the year of their gazette', () => {
    for (const record of records) {
      const dated = record.documents.filter((d) => d.date);
      expect(dated.length).toBeGreaterThan(record.documents.length / 2);
      for (const doc of dated) expect(doc.date!.slice(0, 4)).toBe(String(record.issue?.year));
    }
  });

  it('cites earlier generated documents, which the pipeline extracts as references', () => {
    const numbers = new Set(records.flatMap((r) => r.documents.map((d) => d.docNumber)));
    const cited = records.flatMap((r) => r.documents.flatMap((d) => d.references.map((ref) => ref.docNumber)));
    expect(cited.filter((n) => n && numbers.has(n)).length).toBeGreaterThan(5);
  });

  it('renames the template county everywhere', () => {
    for (const g of corpus) {
      expect(g.text).not.toContain('稷山县');
      expect(g.text).not.toMatch(/夏县|稷政|夏政/);
    }
  });

  it('recombines paragraphs, so a gazette differs from its template yet keeps its size', () => {
    for (const i of corpus.keys()) {
      const template = samples[i % samples.length];
      const templateChars = template.documents.reduce((n, d) => n + d.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
      const chars = records[i].documents.reduce((n, d) => n + d.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
      expect(chars / templateChars).toBeGreaterThan(0.7);
      expect(chars / templateChars).toBeLessThan(1.4);
    }
  });

  it('borrows paragraphs from the other sample gazette', () => {
    // County and town names differ between gazettes; compare the rest of the text.
    const strip = (t: string) => t.replace(/[\u4e00-\u9fff]{1,3}[县市区镇]/g, '').replace(/\d{4}/g, '');
    const own = (r: GazetteRecord) => new Set(r.documents.flatMap((d) => d.paragraphs.map((p) => strip(p.text))));
    const [first, second] = samples.map(own);
    const borrowed = records.flatMap((r, i) => {
      const [mine, other] = i % 2 === 0 ? [first, second] : [second, first];
      return r.documents.flatMap((d) => d.paragraphs.map((p) => strip(p.text))).filter((t) => other.has(t) && !mine.has(t));
    });
    expect(borrowed.length).toBeGreaterThan(10);
  });

  it('refuses samples without documents', () => {
    expect(() => [...generateCorpus([], { count: 1 })]).toThrow(/no sample gazettes/);
  });
});

describe('COUNTIES', () => {
  it('gives every county its own 代字 of one or two characters, and none of the samples\' counties', () => {
    expect(new Set(COUNTIES.map((c) => c.abbr)).size).toBe(COUNTIES.length);
    for (const { abbr } of COUNTIES) expect([...abbr].length).toBeLessThanOrEqual(2);
    expect(COUNTIES.map((c) => c.county)).not.toContain('稷山县');
    expect(COUNTIES.map((c) => c.county)).not.toContain('夏县');
    expect(COUNTIES.find((c) => c.county === '临县')?.abbr).toBe('临县');
  });
});

describe('createIssueSlots', () => {
  it('never gives two gazettes the same county, year and issue', () => {
    const next = createIssueSlots(5000, createRandom(3));
    const keys = Array.from({ length: 5000 }, () => {
      const s = next();
      return `${s.county.county}/${s.year}/${s.issue}`;
    });
    expect(new Set(keys).size).toBe(5000);
  });

  it('numbers issues 1 to 12, as a monthly gazette does', () => {
    const next = createIssueSlots(300, createRandom(4));
    const issues = new Set(Array.from({ length: 300 }, () => next().issue));
    expect([...issues].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('spreads a province-scale corpus (10,000 gazettes, 5000×) over twenty years of about a hundred counties', () => {
    const next = createIssueSlots(10_000, createRandom(6));
    const slots = Array.from({ length: 10_000 }, () => next());
    const years = slots.map((s) => s.year);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2006);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    expect(new Set(slots.map((s) => s.county.county)).size).toBeGreaterThanOrEqual(100);
  });

  it('refuses more slots than it was asked for', () => {
    const next = createIssueSlots(2, createRandom(5));
    next();
    next();
    expect(() => next()).toThrow(/more than the 2 slots/);
  });
});
