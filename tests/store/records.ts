/**
 * Small GazetteRecords built in code for store tests, with phrasings from the sample gazettes.
 */
import { createHash } from 'node:crypto';
import type { Duty, GazetteDocument, GazetteIssue, GazetteRecord, Reference } from '../../src/model';

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function doc(
  gazetteId: string,
  ordinal: number,
  fields: Partial<GazetteDocument> & { id: string; title: string },
): GazetteDocument {
  const paragraphs = (fields.text ?? `${fields.title}正文。`).split('\n').map((text, i) => ({ text, raw: text, lineStart: i, lineEnd: i }));
  return {
    gazetteId,
    ordinal,
    attachments: [],
    outline: [],
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    references: [],
    validity: {},
    duties: [],
    messages: [],
    ...fields,
  };
}

export function ref(relation: Reference['relation'], docNumber: string | undefined, sentence: string, title?: string): Reference {
  return { relation, docNumber, docNumberRaw: docNumber, title, sentence, paragraph: 0 };
}

export function duty(unit: string, unitId: string | undefined, role: Duty['role'], matter: string): Duty {
  return { unit, unitId, role, matter, sentence: `${matter}（${unit}牵头）`, paragraph: 0 };
}

export function gazette(
  id: string,
  issue: GazetteIssue | null,
  documents: GazetteDocument[],
  source: { path: string; bytes: string },
): GazetteRecord {
  return {
    id,
    kind: issue ? 'gazette' : 'document-page',
    source: { path: source.path, sha256: sha(source.bytes), format: 'text', encoding: 'utf-8' },
    issue,
    contents: documents.map((d) => ({ title: d.title, docNumber: d.docNumber, documentId: d.id, section: '县政府办文件' })),
    documents,
    messages: [{ level: 'warning', origin: 'read-contents', message: '目录第3条未找到正文' }],
  };
}

const jishan: GazetteIssue = { name: '稷山县人民政府公报', county: '稷山县', year: 2022, issue: 3, totalIssue: 7, publishedOn: '2022-09-30' };
const xiaxian2023: GazetteIssue = { name: '夏县人民政府公报', county: '夏县', year: 2023, issue: 4, publishedOn: '2023-12-30' };
const xiaxian2022: GazetteIssue = { name: '夏县人民政府公报', county: '夏县', year: 2022, issue: 1, publishedOn: '2022-03-30' };

/** 稷山 2022-3: two documents citing the same provincial number, with duties. */
export function jishanRecord(variant = 'v1'): GazetteRecord {
  const g = 'g-jishan-2022-3';
  const documents = [
    doc(g, 0, {
      id: 'd-jz31',
      county: '稷山县',
      docNumber: '稷政办发〔2022〕31号',
      docNumberRaw: '稷政办发〔2022〕31 号',
      issuingBody: '稷山县人民政府办公室',
      title: '关于印发稷山县助企纾困38条的通知',
      date: '2022-07-08',
      type: '通知',
      outline: [{ level: 1, label: '一、', title: '减税降费', paragraph: 0 }],
      text: '一、减税降费\n落实增值税留抵退税政策，县税务局牵头。',
      references: [ref('implements', '晋政办发〔2021〕25号', '根据《山西省助企纾困措施》（晋政办发〔2021〕25号）精神', '山西省助企纾困措施')],
      duties: [
        duty('县人社局', '稷山县:县人力资源和社会保障局', 'lead', '稳岗返还'),
        duty('县人力资源和社会保障局', '稷山县:县人力资源和社会保障局', 'support', '就业补贴'),
        duty('县税务局', '稷山县:县税务局', 'lead', '留抵退税'),
      ],
    }),
    doc(g, 1, {
      id: 'd-jz18',
      county: '稷山县',
      docNumber: '稷政发〔2022〕18号',
      issuingBody: '稷山县人民政府',
      title: '关于印发《县城规划区内居民自建房规划施工经营管理办法（试行）》的通知',
      date: '2022-08-16',
      validity: { effectiveFrom: '2022-08-16', validYears: 3, expiresOn: '2025-08-15', sentence: '本办法自印发之日起施行，有效期3年。' },
      references: [
        ref('cites', '晋政办发〔2021〕25号', '按照晋政办发〔2021〕25号要求'),
        ref('cites', '稷政办发〔2022〕31号', '与稷政办发〔2022〕31号衔接'),
      ],
      duties: [duty('县行政审批局', '稷山县:县行政审批服务管理局', 'interprets', '本办法由县行政审批局负责解释')],
    }),
  ];
  if (variant === 'v2') documents.pop();
  return gazette(g, jishan, documents, { path: 'data/samples/jishan-2022-03.txt', bytes: `jishan ${variant}` });
}

/** 夏县 2022-1: a document that a later gazette repeals. */
export function xiaxian2022Record(): GazetteRecord {
  const g = 'g-xiaxian-2022-1';
  return gazette(
    g,
    xiaxian2022,
    [
      doc(g, 0, {
        id: 'd-xf5',
        county: '夏县',
        docNumber: '夏政办发〔2022〕5号',
        issuingBody: '夏县人民政府办公室',
        title: '关于印发夏县农村人居环境整治方案的通知',
        date: '2022-02-10',
        duties: [duty('县人社局', '夏县:县人力资源和社会保障局', 'support', '技能培训')],
      }),
    ],
    { path: 'data/samples/xiaxian-2022-01.txt', bytes: 'xiaxian 2022' },
  );
}

/** 夏县 2023-4: repeals one number in the corpus and one outside it. */
export function xiaxian2023Record(): GazetteRecord {
  const g = 'g-xiaxian-2023-4';
  return gazette(
    g,
    xiaxian2023,
    [
      doc(g, 0, {
        id: 'd-xh67',
        county: '夏县',
        docNumber: '夏政办函〔2023〕67号',
        issuingBody: '夏县人民政府办公室',
        title: '关于调整夏县安全生产委员会组成人员的通知',
        date: '2023-10-20',
        references: [
          ref('repeals', '夏政办函〔2022〕27号', '原《关于调整夏县安全生产委员会组成人员的通知》（夏政办函〔2022〕27号）同时废止。'),
          ref('repeals', '夏政办发〔2022〕5号', '夏政办发〔2022〕5号同时废止。'),
        ],
        duties: [duty('县应急局', '夏县:县应急管理局', 'office', '安委会办公室设在县应急局')],
      }),
    ],
    { path: 'data/samples/xiaxian-2023-04.txt', bytes: 'xiaxian 2023' },
  );
}
