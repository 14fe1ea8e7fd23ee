/**
 * @module bench/generate-corpus
 * Makes N gazettes shaped like the samples, deterministically from a seed: other counties and
 * years, renumbered documents, bodies recombined from the samples' paragraphs, and citations
 * between generated documents, so the index sees realistic vocabulary and sizes.
 *
 * Input is the records the real pipeline produced from the samples; output is gazette TEXT
 * in the layout of the samples, so a benchmark ingests it end to end (read → repair → extract →
 * segment → index → commit).
 */
import type { GazetteDocument, GazetteRecord } from '../src/model';

/**
 * Counties the generator writes gazettes for: Shanxi's counties and districts outside the two
 * samples' own (稷山县, 夏县), grouped by city. A province's platform gathers about a hundred
 * counties (issue 29); with fewer, a 5000× corpus ran its years past 2099 to find free slots.
 */
const COUNTY_NAMES = [
  '临猗县 万荣县 闻喜县 新绛县 绛县 垣曲县 平陆县 芮城县 永济市 河津市 盐湖区',
  '尧都区 曲沃县 翼城县 襄汾县 洪洞县 古县 安泽县 浮山县 吉县 乡宁县 大宁县 隰县 永和县 蒲县 汾西县 侯马市 霍州市',
  '榆次区 太谷区 榆社县 左权县 和顺县 昔阳县 寿阳县 祁县 平遥县 灵石县 介休市',
  '潞州区 上党区 屯留区 潞城区 襄垣县 平顺县 黎城县 壶关县 长子县 武乡县 沁县 沁源县',
  '沁水县 阳城县 陵川县 泽州县 高平市',
  '离石区 文水县 交城县 兴县 临县 柳林县 石楼县 岚县 方山县 中阳县 交口县 孝义市 汾阳市',
  '忻府区 定襄县 五台县 代县 繁峙县 宁武县 静乐县 神池县 五寨县 岢岚县 河曲县 保德县 偏关县 原平市',
  '平城区 云冈区 新荣区 云州区 阳高县 天镇县 广灵县 灵丘县 浑源县 左云县',
  '朔城区 平鲁区 山阴县 应县 右玉县 怀仁市 平定县 盂县',
  '小店区 迎泽区 杏花岭区 尖草坪区 万柏林区 晋源区 清徐县 阳曲县 娄烦县 古交市',
].join(' ').split(' ');

/**
 * Each county with the 代字 of its numbers: the first character of its name, or, where an
 * earlier county took it, its first two (a county named in one character and its suffix keeps
 * both, as 临县 does beside 临猗县). Unique, so no two counties print the same number.
 */
export const COUNTIES: Array<{ county: string; abbr: string }> = (() => {
  const taken = new Set<string>();
  return COUNTY_NAMES.map((county) => {
    const abbr = [county.slice(0, 1), county.slice(0, 2)].find((a) => !taken.has(a));
    if (!abbr) throw new Error(`generate-corpus: no free 代字 for ${county}`);
    taken.add(abbr);
    return { county, abbr };
  });
})();

/** Small deterministic PRNG (mulberry32): the same seed gives the same corpus. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Twenty years of issues at 5000× (100 counties × 20 years, as issue 29 sizes a province). */
const FIRST_YEAR = 2006;
/** Monthly issues: a county's gazette is identified by county, year and issue number. */
const ISSUES_PER_YEAR = 12;

export interface IssueSlot {
  county: { county: string; abbr: string };
  year: number;
  issue: number;
}

/**
 * Draws distinct (county, year, issue) slots at random: two generated gazettes with the same
 * slot would be the same gazette to the store, and the later would replace the earlier. The
 * years span as many as `count` needs, so at most half the slots are ever taken.
 *
 * @example const next = createIssueSlots(2000, createRandom(1)); next() // { county: { county: '临猗县', … }, year: 2019, issue: 7 }
 */
export function createIssueSlots(count: number, random: () => number): () => IssueSlot {
  const years = Math.max(20, Math.ceil((2 * count) / (COUNTIES.length * ISSUES_PER_YEAR)));
  const taken = new Set<string>();
  return () => {
    if (taken.size >= count) throw new Error(`createIssueSlots: more than the ${count} slots asked for`);
    for (;;) {
      const county = COUNTIES[Math.floor(random() * COUNTIES.length)];
      const year = FIRST_YEAR + Math.floor(random() * years);
      const issue = 1 + Math.floor(random() * ISSUES_PER_YEAR);
      const key = `${county.county}/${year}/${issue}`;
      if (taken.has(key)) continue;
      taken.add(key);
      return { county, year, issue };
    }
  };
}

export interface GeneratedGazette {
  fileName: string;
  text: string;
}

interface Template {
  record: GazetteRecord;
  county: string;
  countyAbbr: string;
}

function countyAbbr(record: GazetteRecord): string {
  const number = record.documents.find((d) => d.docNumber)?.docNumber ?? '';
  return number.slice(0, 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Replaces the template county's names and number prefixes by the target county's. */
function relabel(text: string, from: Template, to: { county: string; abbr: string }): string {
  const shortFrom = from.county.replace(/[县市区旗]$/, '');
  const shortTo = to.county.replace(/[县市区旗]$/, '');
  return text
    .split(from.county).join(to.county)
    .split(`${shortFrom}经开区`).join(`${shortTo}经开区`)
    .replace(new RegExp(`${from.countyAbbr}(政办发|政发|政办函|政函|办发)`, 'g'), `${to.abbr}$1`);
}

/**
 * Generates `count` gazettes from the sample records.
 *
 * @example generateCorpus(records, { count: 20, seed: 42 }) // 20 gazette texts of ~150 KB
 */
export function* generateCorpus(
  samples: GazetteRecord[],
  options: { count: number; seed?: number },
): Generator<GeneratedGazette> {
  const random = createRandom(options.seed ?? 20221);
  const templates: Template[] = samples
    .filter((r) => r.issue && r.documents.length > 0)
    .map((record) => ({ record, county: record.issue!.county, countyAbbr: countyAbbr(record) }));
  if (templates.length === 0) throw new Error('generateCorpus: no sample gazettes with documents');
  const pool = templates.flatMap((t) =>
    t.record.documents.flatMap((d) =>
      d.paragraphs.filter((p) => isProse(p.text)).map((p) => ({ t, text: p.text, year: Number(d.date?.slice(0, 4)) || t.record.issue!.year })),
    ),
  );
  const issued: Array<{ number: string; title: string }> = [];
  const serials = new Map<string, number>();
  const slot = createIssueSlots(options.count, random);

  for (let i = 0; i < options.count; i++) {
    const template = templates[i % templates.length];
    const { county: target, year, issue: issueNo } = slot();
    const totalIssue = (year - FIRST_YEAR) * ISSUES_PER_YEAR + issueNo;
    const name = `${target.county}人民政府公报`;
    const lines: string[] = ['', name, '', `${year} 年第 ${issueNo} 期（总第 ${totalIssue} 期）`, '', `${target.county}人民政府办公室主管主办`, '', `${year} 年 ${issueNo} 月 ${20 + (i % 8)} 日出版（月刊）`, '', '目 录', ''];
    const body: string[] = [];
    const toc: string[] = [];

    for (const doc of template.record.documents) {
      const generated = renderDocument(doc, { template, target, year, random, pool, issued, serials });
      toc.push(`- ${generated.title}（${generated.numberText}）${1 + Math.floor(body.length / 40)}`);
      body.push(...generated.lines);
    }
    lines.push(...toc, '', ...body);
    yield { fileName: `${target.county}-${year}-${pad(issueNo)}-${String(i).padStart(5, '0')}.txt`, text: lines.join('\n') };
  }
}

interface RenderContext {
  template: Template;
  target: { county: string; abbr: string };
  year: number;
  random: () => number;
  pool: Array<{ t: Template; text: string; year: number }>;
  issued: Array<{ number: string; title: string }>;
  serials: Map<string, number>;
}

/** A written date (2022年8月1日, 2022 年 8 月 1 日): moved by whole years, spacing kept. */
const WRITTEN_DATE = /(\d{4})(\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g;

/** Moves every written date of a text by `years`, so a document reads as issued in its gazette's year. */
export function shiftDates(text: string, years: number): string {
  return years === 0 ? text : text.replace(WRITTEN_DATE, (_, y: string, rest: string) => `${Number(y) + years}${rest}`);
}

/** A body paragraph worth recombining: prose, not a heading, signature, date or 此件公开 line. */
function isProse(text: string): boolean {
  return [...text].length >= 40 && /[。；]$/.test(text);
}

function renderDocument(doc: GazetteDocument, ctx: RenderContext) {
  const { template, target, year, random } = ctx;
  const prefix = relabel(doc.docNumber ?? `${template.countyAbbr}政办函〔2020〕1号`, template, target).replace(/〔.*$/, '');
  const key = `${prefix}/${year}`;
  const serial = (ctx.serials.get(key) ?? 0) + 1;
  ctx.serials.set(key, serial);
  const number = `${prefix}〔${year}〕${serial}号`;
  // Dates in the template document move with the gazette's year (a 2012 issue signs in 2012).
  const docYear = Number(doc.date?.slice(0, 4)) || template.record.issue!.year;
  const retext = (text: string, from: Template, fromYear: number) => shiftDates(relabel(text, from, target), year - fromYear);
  const issuer = relabel(doc.issuingBody ?? `${template.county}人民政府办公室`, template, target);
  const title = relabel(doc.title, template, target);
  const out: string[] = [issuer, '', title.replace(/通知$/, '通 知'), '', number, '', relabel(doc.recipients ?? '各乡（镇）人民政府，县直各有关单位：', template, target), ''];

  // Body: the template's paragraphs, about one prose paragraph in five swapped for a prose
  // paragraph of another document (headings, signatures and dates stay in place).
  const paragraphs = doc.paragraphs.map((paragraph) => {
    const swap = isProse(paragraph.text) && random() < 0.2 ? ctx.pool[Math.floor(random() * ctx.pool.length)] : undefined;
    return swap ? retext(swap.text, swap.t, swap.year) : retext(paragraph.text, template, docYear);
  });
  // A citation of an earlier generated document links gazettes across counties and years.
  if (ctx.issued.length > 0 && random() < 0.6) {
    const cited = ctx.issued[Math.floor(random() * ctx.issued.length)];
    const sentence = `根据《${cited.title.replace(/^关于印发|的通知$/g, '').replace(/[《》]/g, '')}》（${cited.number}）有关要求，结合实际，抓好贯彻落实。`;
    paragraphs.splice(Math.min(1, paragraphs.length), 0, sentence);
  }
  for (const text of paragraphs) out.push(text, '');
  // A document whose template had no signed date gets one, in the gazette's year.
  if (!doc.date) out.push(issuer, `${year}年${1 + Math.floor(random() * 12)}月${1 + Math.floor(random() * 28)}日`, '');
  ctx.issued.push({ number, title });
  if (ctx.issued.length > 500) ctx.issued.splice(0, 250);
  return { lines: out, issuer, title, numberText: number };
}
