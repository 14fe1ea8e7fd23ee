import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { readHtml } from '../../../ingest/read/html';
import { readBuffer, readSource, type ReadResult } from '../../../ingest/read/read-source';
import type { GazetteDocument, Source } from '../../../src/model';
import { GazetteError } from '../../../src/errors';
import { describeShared } from '../../shared-corpus';

const fixturesDir = path.resolve(__dirname, '../../fixtures');
const pipeline = createPipeline();

/** The page's own metadata table, read with a plain regex (independently of the reader). */
function tableValue(html: string, label: string): string {
  const spaced = [...label].join('[\\s\\u3000]*');
  const m = new RegExp(`<b>\\s*${spaced}\\s*[：:]\\s*</b>\\s*</td>\\s*<td[^>]*>([^<]*)</td>`).exec(html);
  if (!m) throw new Error(`no ${label} in table`);
  return m[1].trim();
}

function tableDate(html: string): string {
  const [, y, m, d] = /(\d{4})年(\d{2})月(\d{2})日/.exec(tableValue(html, '成文日期'))!;
  return `${y}-${m}-${d}`;
}

async function documentOf(file: string): Promise<GazetteDocument> {
  const record = pipeline(await readSource(file));
  expect(record.kind).toBe('document-page');
  expect(record.issue).toBeNull();
  expect(record.documents).toHaveLength(1);
  return record.documents[0];
}

describeShared('html', 'readHtml on the eight gov.cn document pages (../shared/corpus/html)', (htmlDir) => {
  const pages = readdirSync(htmlDir).filter((f) => f.endsWith('.html')).sort();
  const page = (file: string) => path.join(htmlDir, file);

  it('finds eight pages', () => {
    expect(pages).toHaveLength(8);
  });

  it.each(pages)('%s: 发文字号, 发文机关, 标题 and 成文日期 equal the metadata table', async (file) => {
    const html = readFileSync(path.join(htmlDir, file), 'utf8');
    const doc = await documentOf(page(file));
    expect(doc.docNumber).toBe(tableValue(html, '发文字号'));
    expect(doc.issuingBody).toBe(tableValue(html, '发文机关'));
    expect(doc.title).toBe(tableValue(html, '标题'));
    expect(doc.date).toBe(tableDate(html));
  });

  it.each(pages)('%s: the body starts after the title and number lines and keeps no page chrome', async (file) => {
    const doc = await documentOf(page(file));
    expect(doc.paragraphs.length).toBeGreaterThan(5);
    expect(doc.paragraphs[0].text).toMatch(/[：:]$/); // 主送机关, e.g. 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
    expect(doc.text).not.toMatch(/扫一扫在手机打开当前页|window\.print|AddFavorite/);
    expect(doc.text).not.toContain(doc.docNumber!);
  });

  it('reads 主送机关, 落款 and the publicity note of 国办发〔2019〕6号 from its text', async () => {
    const doc = await documentOf(page('062_guobanfa_2019_6_financing_guarantee_cites_guofa_2015_43.html'));
    expect(doc).toMatchObject({
      recipients: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构',
      signedBy: '国务院办公厅',
      publicity: '此件公开发布',
      type: '意见',
    });
  });

  it('keeps the citation of 国发〔2015〕43号 in the body text of 062', async () => {
    const doc = await documentOf(page('062_guobanfa_2019_6_financing_guarantee_cites_guofa_2015_43.html'));
    expect(doc.text).toContain('（国发〔2015〕43号）');
  });

  describe('runs the document stages on a page', () => {
    const cited = async (file: string) => (await documentOf(page(file))).references.map((r) => r.docNumber).filter(Boolean);

    it('finds 国发〔2015〕43号 cited by 062', async () => {
      expect(await cited('062_guobanfa_2019_6_financing_guarantee_cites_guofa_2015_43.html')).toContain('国发〔2015〕43号');
    });

    it('finds the three documents 065 cites', async () => {
      expect(new Set(await cited('065_guobanfa_1997_2_forwarding_notice_cites_3_docs.html')).size).toBeGreaterThanOrEqual(3);
    });

    it('finds the 鄂政文 number 064 answers', async () => {
      expect((await cited('064_guobanhan_2004_80_reply_to_hubei_cites_ezhengwen.html')).some((n) => n!.startsWith('鄂政文'))).toBe(true);
    });
  });
});

describe('readHtml on other page templates (tests/fixtures/html-*)', () => {
  const cases = readdirSync(fixturesDir).filter((d) => d.startsWith('html-')).sort();

  it('has fixtures for at least three templates', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s matches expected.json (UPDATE=1 rewrites it)', async (name) => {
    const dir = path.join(fixturesDir, name);
    const read = await readBuffer(readFileSync(path.join(dir, 'input.html')), `${name}/input.html`);
    const actual = summarise(read);
    const expectedPath = path.join(dir, 'expected.json');
    if (process.env.UPDATE === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE=1 to write it`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});

/** What a fixture pins down: header fields, attachments, the body's ends; or the lines of an issue page. */
function summarise(read: ReadResult): unknown {
  const record = pipeline(read);
  if (read.kind !== 'text') throw new Error('an HTML page is read as text');
  if (record.kind === 'gazette') {
    return { kind: 'text', encoding: read.text.source.encoding, lines: read.text.lines.map((l) => l.text) };
  }
  const doc = record.documents[0];
  return {
    kind: record.kind,
    encoding: record.source.encoding,
    document: {
      title: doc.title,
      docNumber: doc.docNumber,
      issuingBody: doc.issuingBody,
      date: doc.date,
      recipients: doc.recipients,
      signedBy: doc.signedBy,
      publicity: doc.publicity,
      type: doc.type,
      attachments: doc.attachments,
      validity: doc.validity,
      references: doc.references.map((r) => `${r.relation} ${r.docNumber ?? `《${r.title}》`}`),
      paragraphs: doc.paragraphs.length,
      firstParagraph: doc.paragraphs[0]?.text,
      lastParagraph: doc.paragraphs.at(-1)?.text,
    },
    messages: record.messages,
  };
}

describe('readHtml errors', () => {
  const source: Source = { path: 'pages/empty.html', sha256: 'x', format: 'html' };

  it.each([
    ['only navigation and a footer', '<html><body><nav>首页 政务公开</nav><div class="footer">版权所有</div></body></html>'],
    ['only scripts and styles', '<html><head><style>p{}</style></head><body><script>document.write("稷山县人民政府公报")</script></body></html>'],
    ['an empty body', '<!DOCTYPE html><html><head><title>稷山县人民政府</title></head><body></body></html>'],
  ])('rejects a page with %s', (_, html) => {
    let error: unknown;
    try {
      readHtml(html, source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GazetteError);
    expect((error as GazetteError).code).toBe('BAD_INPUT_FILE');
    expect((error as GazetteError).message).toBe('pages/empty.html: 网页中没有找到正文内容 (no document text found in the HTML page)');
  });
});
