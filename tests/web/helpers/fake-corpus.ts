/**
 * @module tests/web/helpers/fake-corpus
 * Four documents for the fake API (UI development only; the browser tests use the real app
 * over the ingested samples as soon as it exists). Written in the shape the store returns.
 */
import type { Duty, OutlineNode, Reference } from '../../../src/model';
import type { GazetteSummary, StoredDocument } from '../../../src/store/gazette-store';

function gazette(id: string, county: string, year: number, issue: number): GazetteSummary {
  return {
    id, kind: 'gazette', name: `${county}人民政府公报`, county, year, issue, publishedOn: `${year}-09-30`,
    publisher: `${county}人民政府办公室`, source: { path: `data/samples/${id}.txt`, sha256: 'f'.repeat(64), format: 'text' }, documentCount: 1, ingestedAt: '2026-01-01T00:00:00Z',
  };
}

interface Draft {
  id: string;
  gazette: GazetteSummary;
  docNumber: string;
  issuingBody: string;
  title: string;
  date: string;
  type: string;
  page: number;
  paragraphs: string[];
  outline?: OutlineNode[];
  duties?: Array<Omit<Duty, 'paragraph'> & { paragraph?: number }>;
  references?: Reference[];
}

function doc(draft: Draft): StoredDocument {
  return {
    id: draft.id, gazetteId: draft.gazette.id, ordinal: 0, docNumber: draft.docNumber, issuingBody: draft.issuingBody, title: draft.title,
    date: draft.date, type: draft.type, county: draft.gazette.county, page: draft.page, attachments: [], publicity: '此件公开发布',
    outline: draft.outline ?? [],
    paragraphs: draft.paragraphs.map((text, index) => ({ text, raw: text, lineStart: index, lineEnd: index })),
    text: draft.paragraphs.join('\n'),
    references: draft.references ?? [],
    validity: {},
    duties: (draft.duties ?? []).map((duty) => ({ paragraph: 0, ...duty })),
    messages: [],
    gazette: draft.gazette,
    status: { status: '现行有效', asOf: '2026-01-01', reason: '未规定有效期，未见废止' },
  };
}

const jishan = gazette('jishan-2022-03', '稷山县', 2022, 3);
const xiaxian = gazette('xiaxian-2023-04', '夏县', 2023, 4);
const test = gazette('markup-2024-01', '测试县', 2024, 1);

export const fakeDocuments: StoredDocument[] = [
  doc({
    id: 'a1', gazette: jishan, docNumber: '稷政办发〔2022〕35号', issuingBody: '稷山县人民政府办公室', type: '预案', date: '2022-08-15', page: 27,
    title: '关于印发《稷山县大面积停电事件应急预案》的通知',
    paragraphs: ['各乡（镇）人民政府，县直各有关单位：', '现将《稷山县大面积停电事件应急预案》印发给你们，请认真贯彻执行。', '1 总则', '1.1 编制目的', '为健全大面积停电事件应对工作机制，科学有效应对大面积停电事件，编制本预案。', '1.2 编制依据', '《国家大面积停电事件应急预案》等。', '县能源局负责本预案的解读。'],
    outline: [{ level: 1, label: '1', title: '总则', paragraph: 2 }, { level: 2, label: '1.1', title: '编制目的', paragraph: 3 }, { level: 2, label: '1.2', title: '编制依据', paragraph: 5 }],
    duties: [{ unit: '县能源局', unitId: '稷山县:县能源局', role: 'interprets', matter: '本预案的解读', sentence: '县能源局负责本预案的解读。', paragraph: 7 }],
    references: [{ relation: 'basedOn', title: '国家大面积停电事件应急预案', sentence: '《国家大面积停电事件应急预案》等。', paragraph: 6 }],
  }),
  doc({
    id: 'b1', gazette: xiaxian, docNumber: '夏政办函〔2023〕67号', issuingBody: '夏县人民政府办公室', type: '预案', date: '2023-11-20', page: 59,
    title: '关于印发夏县大面积停电事件应急预案的通知',
    paragraphs: ['各乡（镇）人民政府，县直各有关单位：', '现将《夏县大面积停电事件应急预案》印发给你们。', '一、总则', '参照《稷山县大面积停电事件应急预案》（稷政办发〔2022〕35号）制定本预案，大面积停电事件应对工作由县能源局牵头。'],
    outline: [{ level: 1, label: '一、', title: '总则', paragraph: 2 }],
    references: [{ relation: 'cites', docNumber: '稷政办发〔2022〕35号', title: '稷山县大面积停电事件应急预案', sentence: '参照《稷山县大面积停电事件应急预案》（稷政办发〔2022〕35号）制定本预案。', paragraph: 3 }],
    duties: [{ unit: '县能源局', unitId: '夏县:县能源局', role: 'lead', matter: '大面积停电事件应对工作', sentence: '大面积停电事件应对工作由县能源局牵头。', paragraph: 3 }],
  }),
  doc({
    id: 'a2', gazette: jishan, docNumber: '稷政办发〔2022〕31号', issuingBody: '稷山县人民政府办公室', type: '通知', date: '2022-07-08', page: 12,
    title: '关于印发稷山县助企纾困38条的通知',
    paragraphs: ['各乡（镇）人民政府，县直各有关单位：', '八、新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份、增值税普通发票50份。(责任单位：县税务局、县行政审批局)'],
    duties: [
      { unit: '县税务局', unitId: '稷山县:县税务局', role: 'responsible', matter: '新办企业首次申领发票', sentence: '八、新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份、增值税普通发票50份。(责任单位：县税务局、县行政审批局)', paragraph: 1 },
      { unit: '县行政审批局', unitId: '稷山县:县行政审批局', role: 'responsible', matter: '新办企业首次申领发票', sentence: '八、新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份、增值税普通发票50份。(责任单位：县税务局、县行政审批局)', paragraph: 1 },
    ],
  }),
  doc({
    id: 'c1', gazette: test, docNumber: '测政办发〔2024〕1号', issuingBody: '测试县人民政府办公室', type: '通知', date: '2024-03-01', page: 1,
    title: '关于规范政府网站网页代码标注的通知',
    paragraphs: ['各乡（镇）人民政府，县直各有关单位：', '一、网页中出现的代码一律按文字显示，例如<script>alert(1)</script>不得执行。', '二、图片标记如<img src=x onerror=alert(1)>应当原样显示为文字，由县行政审批局负责检查。'],
  }),
];
