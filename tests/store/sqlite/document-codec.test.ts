import { describe, expect, it } from 'vitest';
import { decodeDocument, decodeDocumentHead, decodeParagraphTexts, encodeDocument } from '../../../src/store/sqlite/document-codec';
import { decodeRecord, encodeRecord } from '../../../src/store/sqlite/record-codec';
import { doc } from '../records';

function document() {
  const d = doc('g', 0, { id: 'd', title: '关于做好居民医保征缴工作的通知', text: '一、征缴时间\n2024年度城乡居民基本医疗保险费缴费期限为9月1日至12月25日。\n二、征缴范围' });
  // A paragraph repaired from two broken lines keeps its original lines.
  d.paragraphs[1] = { ...d.paragraphs[1], raw: '2024年度城乡居民基本医疗保险费缴费期\n限为9月1日至12月25日。' };
  return d;
}

/** A duty quoting its paragraph, and one whose sentence and matter are not pieces of it. */
function duties() {
  const sentence = '2024年度城乡居民基本医疗保险费缴费期限为9月1日至12月25日。';
  return [
    { unit: '县医保局', unitId: '夏县:县医疗保障局', role: 'lead' as const, matter: '城乡居民基本医疗保险费', sentence, paragraph: 1 },
    { unit: '县税务局', role: 'support' as const, matter: '征缴', sentence: '税务部门负责征缴。', paragraph: 1 },
  ];
}

describe('document codec', () => {
  it('reads back exactly the document it wrote', () => {
    const { record, paragraphs } = encodeDocument(document());
    expect(decodeDocument(record, paragraphs)).toEqual(document());
  });

  it('stores the body once: texts apart, no joined text, raw lines only where they differ', () => {
    const { record, paragraphs } = encodeDocument(document());
    const stored = decodeRecord<{ text?: string; paragraphs: unknown[] }>(record);
    expect(stored.text).toBeUndefined();
    // Lines only: each paragraph's first line from the previous one's last, its span, its raw lines where they differ (schema step 13).
    expect(stored.paragraphs).toEqual([[0, 0], [1, 0, document().paragraphs[1].raw], [1, 0]]);
    expect(decodeParagraphTexts(record, paragraphs)).toEqual(document().paragraphs.map((p) => p.text));
  });

  it('stores what the record quotes from the body as where it stands, and reads it back in the same order', () => {
    const d = document();
    const sentence = '2024年度城乡居民基本医疗保险费缴费期限为9月1日至12月25日。';
    d.references = [{ relation: 'cites', title: '医保条例', sentence, level: 'county', paragraph: 1 }];
    d.outline = [
      { level: 1, label: '一、', title: '征缴时间', paragraph: 0 },
      { level: 1, label: '二、', title: '征缴范围', paragraph: 2 },
    ];
    const { record, paragraphs } = encodeDocument(d);
    const back = decodeDocument(record, paragraphs);
    expect(back).toEqual(d);
    // Same keys in the same order: references and headings read back as the same JSON.
    expect(JSON.stringify([back.references, back.outline])).toBe(JSON.stringify([d.references, d.outline]));
    const stored = decodeRecord<{ references: Array<{ sentence: unknown }>; outline: unknown[] }>(record);
    expect(stored.references[0].sentence).toEqual([0, sentence.length]);
    // Level, label, title, paragraph from the previous heading's (schema step 13); a label shorter than its place stays text.
    expect(stored.outline).toEqual([
      [1, '一、', [2, 4], 0],
      [1, '二、', [2, 4], 2],
    ]);
  });

  it('keeps only how many duties the document has, and reads them through the reader of the duties table, in their place', () => {
    const d = document();
    d.duties = duties();
    const { record, paragraphs } = encodeDocument(d);
    expect(decodeRecord<{ duties: unknown }>(record).duties).toBe(2);
    const asked: Array<[string[], number]> = [];
    const back = decodeDocument(record, paragraphs, (texts, count) => {
      asked.push([texts, count]);
      return duties();
    });
    expect(asked).toEqual([[d.paragraphs.map((p) => p.text), 2]]);
    expect(back).toEqual(d);
    // The duties in their place among the record's keys (the body's keys come last, as ever).
    const keys = (o: object) => Object.keys(o).filter((key) => key !== 'paragraphs' && key !== 'text');
    expect(keys(back)).toEqual(keys(d));
    expect(() => decodeDocument(record, paragraphs)).toThrow(/duties table/);
    // None: the table is not asked.
    expect(decodeDocument(encodeDocument(document()).record, null, () => expect.fail('asked for no duties')).duties).toEqual([]);
  });

  it('reads the duties a record of an earlier version holds, sentence and matter as where they stand', () => {
    const d = document();
    d.duties = duties();
    const { record, paragraphs } = encodeDocument(d);
    const stored = decodeRecord<Record<string, unknown>>(record);
    const sentence = d.paragraphs[1].text;
    const before = encodeRecord({
      ...stored,
      duties: [
        { ...d.duties[0], sentence: [0, sentence.length], matter: [6, 11] },
        d.duties[1],
      ],
    });
    expect(decodeDocument(before, paragraphs, () => expect.fail('the record holds them'))).toEqual(d);
  });

  it('reads back the same JSON as the unpacked paragraphs and headings of records written before step 13, and keeps a paragraph with a page whole', () => {
    const d = document();
    d.paragraphs = [
      { ...d.paragraphs[0], lineStart: 3, lineEnd: 4 },
      { text: d.paragraphs[1].text, raw: d.paragraphs[1].raw, lineStart: 6, lineEnd: 7, page: 2 },
      { ...d.paragraphs[2], lineStart: 9, lineEnd: 9 },
    ];
    d.outline = [
      { level: 1, label: '一、', title: '征缴时间', paragraph: 0 },
      { level: 1, label: '二、', title: '征缴范围', paragraph: 2 },
    ];
    const { record, paragraphs } = encodeDocument(d);
    const stored = decodeRecord<Record<string, unknown> & { paragraphs: unknown[]; outline: unknown[] }>(record);
    expect(stored.paragraphs).toEqual([[3, 1], { lineStart: 6, lineEnd: 7, page: 2, raw: d.paragraphs[1].raw }, [2, 0]]);
    const before = encodeRecord({
      ...stored,
      paragraphs: [{ lineStart: 3, lineEnd: 4 }, stored.paragraphs[1], { lineStart: 9, lineEnd: 9 }],
      outline: [
        { level: 1, label: '一、', title: [2, 4], paragraph: 0 },
        { level: 1, label: '二、', title: [2, 4], paragraph: 2 },
      ],
    });
    expect(decodeDocument(record, paragraphs)).toEqual(d);
    expect(JSON.stringify(decodeDocument(record, paragraphs))).toBe(JSON.stringify(decodeDocument(before, paragraphs)));
  });

  it('keeps a text that is not the paragraphs joined', () => {
    const { record, paragraphs } = encodeDocument({ ...document(), text: '另有正文' });
    expect(decodeDocument(record, paragraphs).text).toBe('另有正文');
  });

  it('reads the header alone', () => {
    const head = decodeDocumentHead(encodeDocument(document()).record);
    expect(head).toMatchObject({ id: 'd', title: '关于做好居民医保征缴工作的通知' });
    expect(head).not.toHaveProperty('paragraphs');
  });

  it('reads rows of earlier versions, whose record holds the whole document', () => {
    expect(decodeDocument(encodeRecord(document()), null)).toEqual(document());
    expect(decodeDocument(JSON.stringify(document()), null)).toEqual(document());
    expect(decodeParagraphTexts(encodeRecord(document()), null)).toEqual(document().paragraphs.map((p) => p.text));
  });
});
