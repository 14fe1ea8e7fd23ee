/**
 * @module ingest/stages/source-citation
 * A journal database's record of where the text it shows was printed, under a citation label alone
 * on its line (data/page-noise.json `citationLabels`):
 *
 *   出处
 *   《江西省人民政府公报》
 *   1998年第14期26-28,共3页
 *   Gazette of the People's Government of Jiangxi Province
 *
 * It names the periodical and its issue, never what the text is: left in, the gazette's name in
 * 书名号 is read as the text's title and its 公报 as the text's kind. The record goes, line by line
 * (a removed line is left empty, as clean-lines leaves every line it removes). Pure.
 */
import { compact } from '../../src/text/normalize';

/** A periodical's name in 书名号 alone on its line, or with its issue after it (《某省人民政府公报》1998年第14期). */
const PERIODICAL = /^《[^《》]{2,40}》(?:\d{4}年(?:第)?\d{1,3}期.*)?$/;
/** The issue and pages: 2009年第13期50-50,共1页, 1998年14期, 2000年第7期. */
const ISSUE = /^\d{4}年(?:第)?\d{1,3}期/;
/** The periodical's name in Latin letters only. */
const LATIN_NAME = /^[A-Za-z][A-Za-z .,'’&()-]{5,}$/;

/** The index of the next line with text after `i`, or -1. */
function nextFilled(texts: string[], i: number): number {
  for (let j = i + 1; j < texts.length; j++) if (compact(texts[j]).length > 0) return j;
  return -1;
}

/**
 * The lines with every citation record emptied: its label, the periodical's name, and the issue
 * and the English name when they follow. A label whose next line is no periodical's name in
 * 书名号 (出处 / 某县人民政府网) is left as it is.
 *
 * @example withoutSourceCitation(['摘要', '…', '出处', '《湖北省人民政府公报》', '2009年第13期50-50,共1页'], /^出处$/)
 *   // ['摘要', '…', '', '', '']
 */
export function withoutSourceCitation(texts: string[], label: RegExp): string[] {
  let out = texts;
  for (let i = 0; i < texts.length; i++) {
    if (!label.test(compact(texts[i]))) continue;
    const name = nextFilled(texts, i);
    if (name < 0 || !PERIODICAL.test(compact(texts[name]))) continue;
    const record = [i, name];
    const issue = nextFilled(texts, name);
    if (issue >= 0 && ISSUE.test(compact(texts[issue]))) record.push(issue);
    const english = nextFilled(texts, record[record.length - 1]);
    if (english >= 0 && LATIN_NAME.test(texts[english].trim())) record.push(english);
    if (out === texts) out = [...texts];
    for (const k of record) out[k] = '';
    i = record[record.length - 1];
  }
  return out;
}
