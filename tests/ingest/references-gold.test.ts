/**
 * References and validity of the two sample gazettes, through the real pipeline, checked against
 * the hand-checked facts in ../shared/corpus/gold/seeds.json (skipped, visibly, without it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { textToSourceText } from '../../ingest/read/text';
import type { GazetteRecord } from '../../src/model';
import { sampleText } from '../samples';
import { describeShared, readGold } from '../shared-corpus';

describeShared('gold', 'references and validity of the samples against the hand-checked facts (../shared/corpus/gold)', (dir) => {
  const gold = { gazettes: readGold(dir) };
  const run = createPipeline();
  const records = new Map<string, GazetteRecord>(
    gold.gazettes.map((g) => [g.file, run(textToSourceText(readFileSync(sampleText(g.file), 'utf8'), { path: g.file, sha256: g.file, format: 'text' }))]),
  );

  describe('createExtractReferences on the seed gazettes', () => {
    it.each(gold.gazettes.map((g) => g.file))('%s: finds the cited numbers with recall and precision ≥ 95 percent', (file) => {
      const g = gold.gazettes.find((x) => x.file === file)!;
      const record = records.get(g.file)!;
      // Gold lists 〔YYYY〕 numbers only; decrees such as 国务院令第713号 are found too but are out of its scope.
      const found = new Set(
        record.documents.flatMap((d) => d.references.map((r) => r.docNumber)).filter((n): n is string => !!n && n.includes('〔')),
      );
      const expected = new Set(g.citedDocNumbers);
      const hit = [...found].filter((n) => expected.has(n)).length;
      const recall = hit / expected.size;
      const precision = found.size ? hit / found.size : 0;
      console.log(`${g.file}: recall ${(recall * 100).toFixed(1)}% precision ${(precision * 100).toFixed(1)}%`, {
        missed: [...expected].filter((n) => !found.has(n)),
        extra: [...found].filter((n) => !expected.has(n)),
      });
      expect(recall).toBeGreaterThanOrEqual(0.95);
      expect(precision).toBeGreaterThanOrEqual(0.95);
    });

    it.each(gold.gazettes.flatMap((g) => g.repeals.map((r) => [r.by, r.repealed, g.file] as const)))('%s repeals %s', (by, repealed, file) => {
      const doc = records.get(file)!.documents.find((d) => d.docNumber === by);
      expect(doc).toBeDefined();
      expect(doc!.references.some((r) => r.relation === 'repeals' && r.docNumber === repealed)).toBe(true);
    });
  });

  describe('createExtractValidity on the seed gazettes', () => {
    const rows = gold.gazettes.flatMap((g) =>
      g.documents.filter((d) => d.effectiveFrom || d.validYears).map((d) => [d.docNumber, d, g.file] as const),
    );
    it.each(rows.map(([n]) => n))('reads effectiveFrom and validYears of %s', (docNumber) => {
      const [, d, file] = rows.find(([n]) => n === docNumber)!;
      const doc = records.get(file)!.documents.find((x) => x.docNumber === docNumber);
      expect(doc).toBeDefined();
      // Gold lists a field only where a checker confirmed it; absent means "not checked".
      if (d.effectiveFrom) expect(doc!.validity.effectiveFrom).toBe(d.effectiveFrom);
      if (d.validYears) expect(doc!.validity.validYears).toBe(d.validYears);
    });
  });
});
