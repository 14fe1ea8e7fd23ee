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
