/**
 * @module tests/real-corpus/perturb/transformations
 * Metamorphic transformations of a labelled real document: each shows the same document the way
 * other real pages show documents (navigation around it, a CMS headline, its 政府信息公开 block
 * moved or flattened, printed twice, traditional script, half-width punctuation, lost or forced
 * line breaks, page numbers, Chinese-numeral dates, a mid-page excerpt …). Each is a pure
 * function text → text, with the label change it implies: most keep every label; an excerpt
 * that lost the head makes the number and title unknown (not judged), and only what is still
 * printed (the 落款's issuer and date, the numbers still cited) is judged.
 *
 * The noise lines are generic (no page's text is copied): they are the shapes county sites print.
 */
import * as OpenCC from 'opencc-js';

export interface Labels {
  docNumber: string | null;
  title: string | null;
  issuingBody: string | null;
  date: string | null;
}

/** `skip`: the transformation removed what the field is read from, so the field is not judged. */
export type Expectation = 'same' | 'skip';

export interface Transformation {
  name: string;
  /** What real pages do that this mirrors. */
  why: string;
  apply: (text: string, labels: Labels) => string;
  /** Per field, whether the label still holds after the transformation (default: same). */
  expect?: (original: string, changed: string, labels: Labels) => Partial<Record<keyof Labels | 'cited', Expectation>>;
}

const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

const lines = (text: string) => text.split('\n');

/** A body's lines without the corpus's `# source:` line, which no page prints; put back after. */
function body(apply: (ls: string[], labels: Labels) => string[]): (text: string, labels: Labels) => string {
  return (text, labels) => {
    const all = lines(text);
    const head = all[0]?.startsWith('# source:') ? [all[0]] : [];
    return [...head, ...apply(all.slice(head.length), labels)].join('\n');
  };
}

const digitWords = '〇一二三四五六七八九';
function numberWords(n: number): string {
  if (n < 10) return digitWords[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digitWords[tens]}十${n % 10 ? digitWords[n % 10] : ''}`;
}

/** 2017年6月13日 → 二〇一七年六月十三日, as 落款 are often printed. */
export function arabicDateToWords(text: string): string {
  return text.replace(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (_m, y: string, m: string, d: string) =>
    `${[...y].map((c) => digitWords[Number(c)]).join('')}年${numberWords(Number(m))}月${numberWords(Number(d))}日`);
}

/** 二〇一七年六月十三日 → 2017年6月13日. */
export function wordDateToArabic(text: string): string {
  const digit = (c: string) => (c === '○' || c === 'О' || c === '零' ? 0 : digitWords.indexOf(c));
  const small = (w: string) => {
    if (!w.includes('十')) return digit(w);
    const [t, u] = w.split('十');
    return (t ? digit(t) : 1) * 10 + (u ? digit(u) : 0);
  };
  return text.replace(/([〇○О零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g,
    (_m, y: string, m: string, d: string) => `${[...y].map(digit).join('')}年${small(m)}月${small(d)}日`);
}

/** A CMS publication time that is never the 成文日期 (a year after the label, or a fixed one). */
function cmsTime(labels: Labels): string {
  const year = labels.date ? Number(labels.date.slice(0, 4)) + 1 : 2024;
  return `${year}-03-05 10:21:33`;
}

/** A 政府信息公开 block built from the labels that are known, plus a 发布日期 that is not the 成文日期. */
function metadataRows(labels: Labels): [string, string][] {
  const rows: [string, string][] = [['索引号', '000000000/2024-00123'], ['主题分类', '综合政务']];
  if (labels.issuingBody) rows.push(['发文机关', labels.issuingBody]);
  if (labels.date) rows.push(['成文日期', labels.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')]);
  if (labels.title) rows.push(['标题', labels.title]);
  if (labels.docNumber) rows.push(['发文字号', labels.docNumber]);
  rows.push(['发布日期', cmsTime(labels).slice(0, 10)], ['有效性', '有效']);
  return rows;
}

const halfWidth: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' };

function pageNumbers(ls: string[]): string[] {
  const out: string[] = [];
  let page = 1;
  ls.forEach((line, i) => {
    out.push(line);
    if (i > 0 && i % 12 === 0) out.push('', `— ${++page} —`, '');
  });
  return out;
}

/** Whether each of a label's names is still printed in a text (spacing and width aside). */
function printed(text: string, value: string | null): boolean {
  const flat = text.normalize('NFKC').replace(/\s+/g, '');
  return !!value && value.split('、').every((name) => flat.includes(name.normalize('NFKC').replace(/\s+/g, '')));
}

function yearPrinted(text: string, date: string | null): boolean {
  if (!date) return false;
  const year = date.slice(0, 4);
  return text.includes(year) || text.includes([...year].map((c) => digitWords[Number(c)]).join('')) ||
    text.includes([...year].map((c) => (c === '0' ? '○' : digitWords[Number(c)])).join(''));
}

/** The transformations, each mirroring something real pages do. */
export const transformations: Transformation[] = [
  { name: 'identity', why: 'the document as labelled', apply: (t) => t },
  {
    name: 'nav-around',
    why: 'breadcrumb, font-size and share lines before; print/close and footer lines after',
    apply: body((ls) => ['当前位置：首页 > 政务公开 > 政策文件', '字号：大 中 小', '分享到：', '', ...ls, '', '【打印本页】 【关闭窗口】', '主办单位：某县人民政府办公室  技术支持：某网络公司']),
  },
  {
    name: 'cms-headline',
    why: 'the title as the site headline and a CMS 发布时间 / 来源 / 浏览次数 line before the document',
    apply: body((ls, l) => [...(l.title ? [l.title] : []), `发布时间：${cmsTime(l)}  来源：本站  浏览次数：128`, '', ...ls]),
  },
  {
    name: 'meta-before',
    why: 'the 政府信息公开 block as rows before the body',
    apply: body((ls, l) => [...metadataRows(l).map(([k, v]) => `${k}：${v}`), '', ...ls]),
  },
  {
    name: 'meta-after',
    why: 'the 政府信息公开 block printed after the body',
    apply: body((ls, l) => [...ls, '', ...metadataRows(l).map(([k, v]) => `${k}：${v}`)]),
  },
  {
    name: 'meta-pipes',
    why: 'the 政府信息公开 block flattened to one line with pipes',
    apply: body((ls, l) => [metadataRows(l).map(([k, v]) => `${k}：${v}`).join(' | '), '', ...ls]),
  },
  {
    name: 'meta-numbered',
    why: 'the 政府信息公开 block with its rows numbered',
    apply: body((ls, l) => [...metadataRows(l).map(([k, v], i) => `${i + 1}. ${k}：${v}`), '', ...ls]),
  },
  { name: 'printed-twice', why: 'the whole page printed twice', apply: body((ls) => [...ls, '', ...ls]) },
  { name: 'trad-hk', why: 'a Hong Kong traditional-script mirror', apply: (t) => toHk(t) },
  { name: 'trad-tw', why: 'a Taiwan traditional-script mirror', apply: (t) => toTw(t) },
  {
    name: 'half-width',
    why: 'half-width punctuation (,.:;() instead of ，。：；（）)',
    apply: body((ls) => ls.map((s) => s.replace(/[，。：；（）！？]/g, (c) => halfWidth[c]!))),
  },
  { name: 'brackets-square', why: '[] for 〔〕 in numbers', apply: body((ls) => ls.map((s) => s.replace(/〔/g, '[').replace(/〕/g, ']'))) },
  { name: 'brackets-round', why: '() for 〔〕 in numbers', apply: body((ls) => ls.map((s) => s.replace(/〔/g, '(').replace(/〕/g, ')'))) },
  {
    name: 'run-on',
    why: 'line breaks lost: the text as one run with spaces',
    apply: body((ls) => [ls.map((s) => s.trim()).filter(Boolean).join(' ')]),
  },
  {
    name: 'wrap-24',
    why: 'every line wrapped at 24 characters (a PDF column)',
    apply: body((ls) => ls.flatMap((s) => (s.length <= 24 ? [s] : s.match(/.{1,24}/gu)!))),
  },
  { name: 'no-blank-lines', why: 'blank lines removed', apply: body((ls) => ls.filter((s) => s.trim() !== '')) },
  { name: 'double-blank-lines', why: 'every line followed by a blank line', apply: body((ls) => ls.flatMap((s) => [s, ''])) },
  {
    name: 'title-space',
    why: 'a full-width space inside the title line where a two-line title was joined',
    apply: body((ls, l) => {
      if (!l.title) return ls;
      const i = ls.findIndex((s) => s.trim() === l.title);
      if (i < 0) return ls;
      const t = l.title;
      const at = t.indexOf('关于') > 0 ? t.indexOf('关于') : Math.floor(t.length / 2);
      return ls.map((s, j) => (j === i ? `${t.slice(0, at)}　${t.slice(at)}` : s));
    }),
  },
  { name: 'date-words', why: '落款 dates in Chinese numerals', apply: body((ls) => ls.map(arabicDateToWords)) },
  { name: 'date-arabic', why: '落款 dates in Arabic digits', apply: body((ls) => ls.map(wordDateToArabic)) },
  { name: 'page-numbers', why: 'page numbers (— 3 —) between paragraphs', apply: body(pageNumbers) },
  {
    name: 'cut-head',
    why: 'a mid-page excerpt: the first third of the lines lost',
    apply: body((ls) => ls.slice(Math.floor(ls.length / 3))),
    expect: (_o, changed, l) => ({
      docNumber: 'skip',
      title: 'skip',
      issuingBody: printed(changed, l.issuingBody) ? 'same' : 'skip',
      date: yearPrinted(changed, l.date) ? 'same' : 'skip',
    }),
  },
];
