/**
 * Duties read from the two sample gazettes (data/samples). Documents are cut from the sample
 * text by document number, one line per paragraph (tests/fixtures/duties/make-document.ts).
 * The interpreting units are checked against ../shared/corpus/gold where it is present.
 */
import { describe, expect, it } from 'vitest';
import { createUnitResolver, loadUnitTable, normalizeUnitName } from '../../src/domain/units';
import { createExtractDuties } from '../../ingest/stages/extract-duties';
import { seedDocument, seedDocumentNumbers } from '../fixtures/duties/make-document';
import { sampleGazettes } from '../samples';
import { describeShared, readGold } from '../shared-corpus';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });

function dutiesOf(file: string, docNumber: string, county: string) {
  return extractDuties(seedDocument(file, docNumber, county)).duties;
}

describe('duties of the seed gazettes', () => {
  it('names 县税务局 and 县行政审批局 responsible for item 八 of 稷政办发〔2022〕31号', () => {
    const item = dutiesOf('jishan-2022-03.txt', '稷政办发〔2022〕31号', '稷山县').filter((d) =>
      d.matter.startsWith('新办企业首次申领发票'),
    );
    expect(item.map((d) => [d.unitId, d.role])).toEqual([
      [units.resolve('县税务局', '稷山县')!.id, 'responsible'],
      [units.resolve('县行政审批局', '稷山县')!.id, 'responsible'],
    ]);
  });

  it('names the lead and supporting units of item 21 (拓展服务领域) of 稷政办发〔2022〕32号', () => {
    const item = dutiesOf('jishan-2022-03.txt', '稷政办发〔2022〕32号', '稷山县').filter((d) =>
      d.matter.startsWith('拓展服务领域'),
    );
    const id = (name: string) => units.resolve(name, '稷山县')!.id;
    expect(item.filter((d) => d.role === 'lead').map((d) => d.unitId)).toEqual([id('县农业农村局')]);
    expect(item.filter((d) => d.role === 'support').map((d) => d.unitId)).toEqual([
      id('县供销社'),
      id('县工科局'),
      id('县枣业发展服务中心'),
    ]);
  });

  it('names 县税务局 and 县医保局 for the inspection team of 夏政办函〔2023〕53号 (units, then 将会同…)', () => {
    const found = dutiesOf('xiaxian-2023-04.txt', '夏政办函〔2023〕53号', '夏县').filter((d) => d.matter.includes('督查小组'));
    expect(found.map((d) => [d.unitId, d.role])).toEqual([
      [units.resolve('县税务局', '夏县')!.id, 'responsible'],
      [units.resolve('县医疗保障局', '夏县')!.id, 'responsible'],
    ]);
  });

  it('resolves 县人社局 and 县人力资源和社会保障局 to one unit of 稷山县', () => {
    const a = units.resolve('县人社局', '稷山县');
    const b = units.resolve('县人力资源和社会保障局', '稷山县');
    expect(a?.id).toBe('稷山县:县人力资源和社会保障局');
    expect(b?.id).toBe(a?.id);
  });

  it('finds no duty whose unit is a placeholder or a person (a kind of office, 各乡镇人民政府, is one)', () => {
    const all = sampleGazettes.flatMap((g) => seedDocumentNumbers(g.file).flatMap((n) => dutiesOf(g.file, n, g.county)));
    expect(all.length).toBeGreaterThan(300);
    for (const duty of all) {
      if (units.kindOf(duty.unit)) continue;
      expect(units.isCollective(duty.unit), duty.unit).toBe(false);
      expect(normalizeUnitName(duty.unit), duty.sentence).toMatch(/(?:局|委|办|中心|大队|中队|管委会|公司|站|所|院|社|政府|部|室|段|联|行|组|会|党委|开发区|园区|示范区)$/);
    }
  });
});

describeShared('gold', 'interpreting units of the samples against the hand-checked facts (../shared/corpus/gold)', (dir) => {
  const interpreted = readGold(dir).flatMap((g) =>
    g.documents.filter((d) => d.interpretedBy).map((d) => [g.file, d.docNumber, g.county, d.interpretedBy!] as const),
  );

  it('has gold documents that name an interpreting unit', () => {
    expect(interpreted.length).toBeGreaterThanOrEqual(10);
  });

  it.each(interpreted)('%s %s is interpreted by %s… (%s)', (file, docNumber, county, interpretedBy) => {
    const expected = units.resolve(interpretedBy, county);
    expect(expected).toBeDefined();
    const found = dutiesOf(file, docNumber, county).filter((d) => d.role === 'interprets').map((d) => d.unitId);
    expect(found).toEqual([expected!.id]);
  });
});
