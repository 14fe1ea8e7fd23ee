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

describe('document codec', () => {
  it('reads back exactly the document it wrote', () => {
    const { record, paragraphs } = encodeDocument(document());
    expect(decodeDocument(record, paragraphs)).toEqual(document());
  });

  it('stores the body once: texts apart, no joined text, raw lines only where they differ', () => {
    const { record, paragraphs } = encodeDocument(document());
    const stored = decodeRecord<{ text?: string; paragraphs: Array<{ raw?: string; text?: string }> }>(record);
    expect(stored.text).toBeUndefined();
    expect(stored.paragraphs.map((p) => p.text)).toEqual([undefined, undefined, undefined]);
    expect(stored.paragraphs.map((p) => p.raw)).toEqual([undefined, document().paragraphs[1].raw, undefined]);
    expect(decodeParagraphTexts(record, paragraphs)).toEqual(document().paragraphs.map((p) => p.text));
  });

  it('stores what the record quotes from the body as where it stands, and reads it back in the same order', () => {
    const d = document();
    const sentence = '2024年度城乡居民基本医疗保险费缴费期限为9月1日至12月25日。';
    d.duties = [
      { unit: '县医保局', unitId: '夏县:县医疗保障局', role: 'lead', matter: '城乡居民基本医疗保险费', sentence, paragraph: 1 },
      // Not in its paragraph, nor the matter in its sentence: both stay text.
      { unit: '县税务局', role: 'support', matter: '征缴', sentence: '税务部门负责征缴。', paragraph: 1 },
    ];
    d.references = [{ relation: 'cites', title: '医保条例', sentence, level: 'county', paragraph: 1 }];
    d.outline = [
      { level: 1, label: '一、', title: '征缴时间', paragraph: 0 },
      { level: 1, label: '二、', title: '征缴范围', paragraph: 2 },
    ];
    const { record, paragraphs } = encodeDocument(d);
    const back = decodeDocument(record, paragraphs);
    expect(back).toEqual(d);
    // Same keys in the same order: duties, references and headings read back as the same JSON.
    expect(JSON.stringify([back.duties, back.references, back.outline])).toBe(JSON.stringify([d.duties, d.references, d.outline]));
    const stored = decodeRecord<{ duties: Array<{ sentence: unknown; matter: unknown }>; references: Array<{ sentence: unknown }>; outline: Array<{ label: unknown; title: unknown }> }>(record);
    expect(stored.duties.map((duty) => [duty.sentence, duty.matter])).toEqual([
      [[0, sentence.length], [6, 11]],
      ['税务部门负责征缴。', '征缴'],
    ]);
    expect(stored.references[0].sentence).toEqual([0, sentence.length]);
    // A label shorter than its place stays text.
    expect(stored.outline.map((heading) => [heading.label, heading.title])).toEqual([
      ['一、', [2, 4]],
      ['二、', [2, 4]],
    ]);
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
