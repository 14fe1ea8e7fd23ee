/**
 * The app over a real SQLite store (in memory) holding small records written in code with the
 * phrasings of the seed gazettes, and a fake search index. Used by the route tests until (and
 * besides) the full pipeline: these tests check the HTTP layer, not extraction.
 */
import { createHash } from 'node:crypto';
import { createApp } from '../../src/api/create-app';
import type { IngestUploads, Logger } from '../../src/api/route';
import { loadConfig } from '../../src/config';
import type { Duty, GazetteDocument, GazetteRecord, Reference } from '../../src/model';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function doc(gazetteId: string, ordinal: number, fields: Partial<GazetteDocument> & { id: string; title: string; text: string }): GazetteDocument {
  const paragraphs = fields.text.split('\n').map((text, i) => ({ text, raw: text, lineStart: i, lineEnd: i }));
  return {
    gazetteId,
    ordinal,
    attachments: [],
    outline: [],
    paragraphs,
    references: [],
    validity: {},
    duties: [],
    messages: [],
    ...fields,
  };
}

const ref = (relation: Reference['relation'], docNumber: string, sentence: string, title?: string): Reference => ({
  relation,
  docNumber,
  docNumberRaw: docNumber,
  title,
  sentence,
  paragraph: 0,
});

const duty = (unit: string, unitId: string, role: Duty['role'], matter: string, sentence: string, paragraph = 0): Duty => ({
  unit,
  unitId,
  role,
  matter,
  sentence,
  paragraph,
});

export function jishanRecord(): GazetteRecord {
  const g = 'g-api-jishan';
  const invoice = '八、新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份、增值税普通发票50份。(责任单位：县税务局、县行政审批局)';
  return {
    id: g,
    kind: 'gazette',
    source: { path: 'jishan-api.txt', sha256: sha('jishan-api'), format: 'text' },
    issue: { name: '稷山县人民政府公报', county: '稷山县', year: 2022, issue: 3 },
    contents: [],
    messages: [],
    documents: [
      doc(g, 0, {
        id: 'd-api-jz31',
        county: '稷山县',
        docNumber: '稷政办发〔2022〕31号',
        issuingBody: '稷山县人民政府办公室',
        title: '稷山县人民政府办公室关于印发稷山县助企纾困38条的通知',
        date: '2022-07-08',
        type: '通知',
        text: `一、减税降费\n${invoice}`,
        outline: [{ level: 1, label: '一、', title: '减税降费', paragraph: 0 }],
        duties: [
          duty('县税务局', '稷山县:县税务局', 'responsible', '新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份', invoice, 1),
          duty('县行政审批局', '稷山县:县行政审批服务管理局', 'responsible', '新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份', invoice, 1),
        ],
      }),
      doc(g, 1, {
        id: 'd-api-jz32',
        county: '稷山县',
        docNumber: '稷政办发〔2022〕32号',
        issuingBody: '稷山县人民政府办公室',
        title: '稷山县人民政府办公室关于印发稷山县促进服务业领域困难行业恢复发展实施方案的通知',
        date: '2022-07-20',
        text: '1. 全面落实服务业普惠性纾困扶持措施。认真贯彻落实《山西省人民政府办公厅关于印发山西省促进服务业领域困难行业恢复发展若干措施的通知》（晋政办发〔2022〕33号）有关要求。',
        references: [
          ref(
            'implements',
            '晋政办发〔2022〕33号',
            '认真贯彻落实《山西省人民政府办公厅关于印发山西省促进服务业领域困难行业恢复发展若干措施的通知》（晋政办发〔2022〕33号）有关要求',
            '山西省人民政府办公厅关于印发山西省促进服务业领域困难行业恢复发展若干措施的通知',
          ),
        ],
        duties: [
          duty('县人社局', '稷山县:县人力资源和社会保障局', 'lead', '失业保险稳岗返还', '落实失业保险稳岗返还政策。（牵头单位：县人社局）'),
        ],
      }),
    ],
  };
}

export function xiaxianRecord(): GazetteRecord {
  const g = 'g-api-xiaxian';
  const review = '第二十条 决策事项承办单位应当在履行公众参与、专家论证、风险评估等程序后，将决策草案送县司法局进行合法性审查。';
  return {
    id: g,
    kind: 'gazette',
    source: { path: 'xiaxian-api.txt', sha256: sha('xiaxian-api'), format: 'text' },
    issue: { name: '夏县人民政府公报', county: '夏县', year: 2023, issue: 4 },
    contents: [],
    messages: [],
    documents: [
      doc(g, 0, {
        id: 'd-api-xz12',
        county: '夏县',
        docNumber: '夏政发〔2023〕12号',
        issuingBody: '夏县人民政府',
        title: '夏县人民政府关于印发夏县重大行政决策程序实施办法的通知',
        date: '2023-08-14',
        text: `${review}\n第五十三条 本实施办法自印发之日起施行。《夏县健全重大行政决策机制实施办法》(夏政发〔2016〕66号)同时废止。`,
        references: [
          ref('repeals', '夏政发〔2016〕66号', '《夏县健全重大行政决策机制实施办法》(夏政发〔2016〕66号)同时废止。', '夏县健全重大行政决策机制实施办法'),
        ],
        duties: [duty('县司法局', '夏县:县司法局', 'responsible', '重大行政决策草案合法性审查', review)],
      }),
    ],
  };
}

/** A web page of no gazette and no county: a service guide naming kinds of offices. */
export function guideRecord(): GazetteRecord {
  const g = 'g-api-guide';
  const field = '办理部门：所在地的街道办事处或居民委员会。';
  return {
    id: g,
    kind: 'document-page',
    source: { path: 'guide-api.txt', sha256: sha('guide-api'), format: 'text' },
    issue: null,
    contents: [],
    messages: [],
    documents: [
      doc(g, 0, {
        id: 'd-api-guide',
        title: '路灯报修办理指南',
        text: `路灯报修办理指南\n${field}`,
        duties: [
          duty('街道办事处', '街道办事处', 'responsible', '路灯报修办理指南', field, 1),
          duty('居民委员会', '居民委员会', 'responsible', '路灯报修办理指南', field, 1),
        ],
      }),
    ],
  };
}

/** A plain gazette in text form that the fake ingest turns into one document. */
export function uploadRecord(name: string, bytes: Buffer): GazetteRecord {
  const text = bytes.toString('utf8');
  const g = `g-upload-${sha(text).slice(0, 8)}`;
  return {
    id: g,
    kind: 'gazette',
    source: { path: name, sha256: sha(text), format: 'text' },
    issue: { name: '测试县人民政府公报', county: '测试县', year: 2024, issue: 1 },
    contents: [],
    messages: [],
    documents: [doc(g, 0, { id: `d-upload-${sha(text).slice(0, 8)}`, county: '测试县', title: text.split('\n')[0], text })],
  };
}

/** Ingest stand-in: text files become one-document gazettes; anything else is rejected. */
export const fakeIngest: IngestUploads = async (store, files) => {
  const result: Awaited<ReturnType<IngestUploads>> = { stored: [], rejected: [] };
  for (const file of files) {
    if (!file.name.endsWith('.txt')) {
      result.rejected.push({ file: file.name, code: 'UNSUPPORTED_FORMAT', message: `${file.name}: 不支持的格式` });
      continue;
    }
    const put = store.putGazette(uploadRecord(file.name, file.bytes));
    result.stored.push({ file: file.name, status: put.status, gazetteId: put.gazetteId, documents: put.documents, warnings: 0 });
  }
  return result;
};

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: GazetteStore;
  logged: string[];
}

export function makeApp(options: { adminToken?: string; ingest?: IngestUploads; webRoot?: string; trustProxy?: boolean | number } = {}): TestApp {
  const store = openStore({ db: ':memory:' });
  store.putGazette(jishanRecord());
  store.putGazette(xiaxianRecord());
  const logged: string[] = [];
  const logger: Logger = {
    info: () => {},
    error: (message, error) => logged.push(`${message} ${error instanceof Error ? error.stack : ''}`),
  };
  const config = loadConfig({}, { db: ':memory:', adminToken: options.adminToken, logLevel: 'silent', trustProxy: options.trustProxy ?? false });
  const app = createApp({ store, logger, config, ingest: options.ingest ?? fakeIngest, webRoot: options.webRoot });
  return { app, store, logged };
}
