import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { repairParagraphs } from '../../../ingest/stages/repair-paragraphs';
import { splitDocuments } from '../../../ingest/stages/split-documents';
import { excerptParts as excerptOf } from '../../../ingest/stages/split-excerpt';
import type { SourceText } from '../../../src/model';

/** The stage as the pipeline calls it: after one repair and one cut. */
function excerptParts(source: SourceText): SourceText[] {
  const { paragraphs } = repairParagraphs(source);
  return excerptOf(source, paragraphs, splitDocuments(paragraphs));
}

const text = (lines: string[]): SourceText => ({ source: { path: 'page.txt', sha256: 'x', format: 'text' }, lines: lines.map((t) => ({ text: t })), messages: [] });

/** The end of one notice (its last clauses and 落款), then the head of the next. */
const TAIL = ['（四）加强宣传引导。各乡镇要广泛宣传农村供水工程管护的重要意义。', '青山县人民政府办公室', '2023年6月12日', '（此件公开发布）'];
const HEAD = ['青山县人民政府办公室', '关于做好秋季学期控辍保学工作的通知', '青政办发〔2023〕42号', '各乡镇人民政府，县直各部门：', '一、县教育局牵头负责控辍保学工作。'];

describe('excerptParts', () => {
  it('cuts a page at the seam between one document\'s 落款 and the next one\'s head', () => {
    const parts = excerptParts(text([...TAIL, ...HEAD]));
    expect(parts.map((p) => p.lines.length)).toEqual([TAIL.length, HEAD.length]);
    expect(parts[1].lines[0].text).toBe('青山县人民政府办公室');
  });

  it('cuts without a publicity note too', () => {
    expect(excerptParts(text([...TAIL.slice(0, 3), ...HEAD]))).toHaveLength(2);
  });

  it.each<[string, string[]]>([
    ['one whole document', [...HEAD, '青山县人民政府办公室', '2023年6月12日']],
    ['a metadata block ending in a date, then the document', ['索引号：11141024-2023-00042', '成文日期', '2023年6月12日', ...HEAD]],
    ['a 落款 with no body sentence before it', ['青山县人民政府办公室', '2023年6月12日', ...HEAD]],
    ['a document tail with no head after it', TAIL],
  ])('leaves %s whole', (_name, lines) => {
    expect(excerptParts(text(lines))).toEqual([]);
  });
});

describe('createPipeline on a page excerpt', () => {
  it('gives the tail and the next document, with its number and title, and says so', () => {
    const record = createPipeline()(text([...TAIL, ...HEAD]));
    expect(record.documents).toHaveLength(2);
    expect(record.documents[0]).toMatchObject({ issuingBody: '青山县人民政府办公室', date: '2023-06-12' });
    expect(record.documents[1]).toMatchObject({ docNumber: '青政办发〔2023〕42号' });
    expect(record.documents[1].title).toContain('关于做好秋季学期控辍保学工作的通知');
    expect(record.messages.some((m) => m.message.includes('页面摘录'))).toBe(true);
  });
});
