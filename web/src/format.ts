/**
 * @module web/format
 * Chinese labels and small display helpers shared by the pages.
 */
import type { ValidityStatus } from '../../src/model';
import type { GazetteSummary } from '../../src/model/store-views';
import { h } from './dom';
import { gazetteLabel } from '../../src/model/labels';

export { ROLE_LABELS as roleLabels, RELATION_LABELS as relationLabels, gazetteLabel, publishedIn } from '../../src/model/labels';

export const facetLabels = {
  county: '县（市、区）',
  level: '效力级别',
  year: '年份',
  issuer: '发文机关',
  type: '文种',
  unit: '责任单位',
  status: '效力状态',
} as const;

const statusClass: Record<ValidityStatus, string> = {
  现行有效: 'valid',
  尚未生效: 'pending',
  已失效: 'expired',
  已废止: 'repealed',
};

/** 效力级别 as a portal prints it; a law's kind (法律, 行政法规 …) is shown as it is. */
export const levelLabels: Record<string, string> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
};

export function levelLabel(level: string): string {
  return levelLabels[level] ?? level;
}

/** A coloured badge for a validity status (colour is never the only signal: the word is shown). */
export function statusBadge(status: ValidityStatus | undefined): HTMLElement | null {
  if (!status) return null;
  return h('span', { class: `badge status status-${statusClass[status] ?? 'unknown'}` }, status);
}

export function docNumberBadge(docNumber: string | undefined): HTMLElement | null {
  if (!docNumber) return null;
  return h('span', { class: 'badge docno' }, docNumber);
}

/** 2022-08-15 → 2022年8月15日 (the form printed on the documents). */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** What a stored file is called in lists: an issue's name and number, else the file's own name. */
export function gazetteTitle(gazette: GazetteSummary): string {
  if (gazette.kind !== 'gazette') return gazette.name ?? gazette.source.path.split(/[\\/]/).pop() ?? kindLabels[gazette.kind];
  return gazetteLabel(gazette);
}

/** What kind of file a stored source is, in the words of the gazette list. */
export const kindLabels: Record<GazetteSummary['kind'], string> = {
  gazette: '公报',
  'document-page': '网页文件',
  document: '单独发布的文件',
  law: '法律法规',
  export: '批量导入',
};

/**
 * Words of a query for client-side highlighting: quoted phrases kept whole, exclusions,
 * operators and field:value filters dropped.
 *
 * @example
 * queryTerms('"大面积停电" 应急 -演练 county:稷山县') // → ['大面积停电', '应急']
 */
export function queryTerms(q: string): string[] {
  const terms: string[] = [];
  const pattern = /(-?)"([^"]*)"|(\S+)/g;
  for (const match of q.replace(/[“”]/g, '"').matchAll(pattern)) {
    if (match[1] === '-') continue;
    if (match[2] !== undefined) {
      if (match[2].trim()) terms.push(match[2].trim());
      continue;
    }
    const word = match[3];
    if (word.startsWith('-') || word === 'OR' || word === 'AND' || /^[a-z]+:/i.test(word)) continue;
    terms.push(word);
  }
  return terms;
}

/** Sets the page title (what history and bookmarks show). */
export function setTitle(title: string): void {
  document.title = title ? `${title} - 县政府公报检索` : '县政府公报检索';
}
