/**
 * @module ingest/stages/lost-line-breaks
 * A page whose line breaks were lost (a 公文 saved as one run: "标题 某政发〔2017〕6号 各乡镇人民政府：
 * 为…。 一、… 某县人民政府 2017年6月13日") keeps a space where each line ended, but spaces also stand
 * inside lines (第一章 总 则, 省长 张三, 发布时间: 2018-02-12, 首页 » 政务公开). The line is broken
 * again only at the spaces where the grammar of a 公文 says a line ended: after a sentence or a
 * closing colon, around a title (a piece ending in its 文种), around a document number or a date
 * standing alone, before an outline's heading. Other spaces stay, and a line whose characters are parted by spaces (a PDF's
 * transcript: 省 政 府 文 件) is left whole: run-on-title reads those. Pure.
 */
import { parseDocNumber } from '../../src/domain/doc-number';
import { parseChineseDate } from '../../src/domain/dates';
import { isIssuerName, issuerNames, loadDocumentGrammar } from '../../src/domain/grammar';
import { toSimplified } from '../../src/text/fold-script';
import { compact } from '../../src/text/normalize';
import { isMetadataRow } from './read-metadata-lines';

/** A line this long (without spaces) holds more than any row of a page: a whole page run together. */
const RUN_ON_CHARS = 300;
/** A short document run together: a line this long that holds (nearly) the whole text. */
export const WHOLE_TEXT_RUN_ON_CHARS = 150;
/** Above this share of one-character pieces, the spaces part characters, not lines. */
const MAX_SINGLE_SHARE = 0.4;
/** A colon after fewer characters ends a label (发布时间: / 来源:), not a line (各乡镇人民政府：). */
const MIN_COLON_LINE = 7;

/** The longest title looked for as a piece of its own. */
const MAX_TITLE_CHARS = 80;

const SENTENCE_END = /[。；！？!?;]$/;
const COLON_END = /[：:]$/;
const CLOCK = /^\d{1,2}[:：]\d{2}/;
/** 第一章 / 第三条 / 一、 / （一） / 1. opening a piece: an outline's heading starts a line. */
const OUTLINE_START = /^(?:第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))/;

let titleEnd: RegExp | undefined;

/** A piece ending like a title: a 文种 after 的 or after the title's words (…禁火令); 第一条 is an article's number. */
function endsTitle(piece: string): boolean {
  if (!titleEnd) {
    const types = [...loadDocumentGrammar().docTypes].sort((a, b) => b.length - a.length);
    titleEnd = new RegExp(`[\\u3400-\\u9fff](?:${types.join('|')})[》”]?$`);
  }
  return titleEnd.test(piece) && !OUTLINE_START.test(piece);
}

/** A piece opening a formal title: 关于…, or an organ's name and 关于 (兴安盟行政公署关于表彰奖励 / …的决定). */
function opensTitle(piece: string): boolean {
  if (/[，。；,;：:]/.test(piece)) return false;
  const at = piece.indexOf('关于');
  return at === 0 || (at > 0 && issuerNames(piece.slice(0, at)).length > 0);
}

/** Whether a piece is a whole field a 公文 prints on its own line: a document number or a date. */
function standsAlone(piece: string): boolean {
  return parseDocNumber(piece) !== undefined || parseChineseDate(piece) !== undefined;
}

/**
 * Whether the page's line ended at the space between two pieces: 'title' when only because a
 * whole title follows (its organs, printed apart before it, then start the line with it).
 */
function breaksBetween(left: string, right: string): boolean | 'title' {
  if (SENTENCE_END.test(left)) return true;
  // 2024-07-06 04:34:58: a day and its clock are one stamp; an address goes with its label.
  if (CLOCK.test(right) || /^(?:https?:|www\.)/.test(right)) return false;
  // A label's colon (发布日期: 2021-07-19) keeps its value; a longer line's (各乡镇人民政府：) ends it.
  // A document number after a label that is no number's (视力保护色: 陇政办发〔2025〕7号) stands alone.
  if (COLON_END.test(left)) {
    if (parseDocNumber(right) && !isMetadataRow(`${left}${right}`)) return true;
    // A 主送机关 of one organ (县水务局：) is short too, but an organ's name is no label.
    return compact(left).length >= MIN_COLON_LINE || isIssuerName(left.slice(0, -1));
  }
  if (endsTitle(left) || standsAlone(left) || standsAlone(right)) return true;
  // A whole title after other words (a breadcrumb's last item, a CMS headline) starts its own line.
  if (endsTitle(right) && right.length <= MAX_TITLE_CHARS && !/[，。；,;：:]/.test(right)) return 'title';
  // So does a title's first line (兴安盟行政公署关于表彰奖励 / …的决定).
  if (opensTitle(right)) return 'title';
  return OUTLINE_START.test(right);
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/**
 * The lines a run-on line held, or the line alone when it is no run-on line: one of 300
 * characters or more, or of `minChars` when the caller knows it holds the whole text.
 *
 * @example lostLineBreaks('某县人民政府关于禁止焚烧秸秆的通告 某政通〔2017〕6号 各乡镇人民政府: 为…。 一、禁烧范围 …（300 字）')
 *   // ['某县人民政府关于禁止焚烧秸秆的通告', '某政通〔2017〕6号', '各乡镇人民政府:', '为…。', '一、禁烧范围 …']
 */
export function lostLineBreaks(line: string, minChars = RUN_ON_CHARS): string[] {
  // Most lines are short: their length alone answers, without compacting them.
  if (line.length < minChars || compact(line).length < minChars) return [line];
  const pieces = line.trim().split(/[ \t\u3000]+/);
  if (pieces.length < 3 || pieces.filter((p) => p.length === 1).length > pieces.length * MAX_SINGLE_SHARE) return [line];
  // The grammar is asked in simplified script (a mirror's 關於…的通知 breaks as 关于…的通知 does).
  const read = pieces.map((p) => toSimplified(p));
  // starts[k]: a line starts with piece k.
  // No line ends inside a title in 《》 (此前印发的《财政部 农业农村部关于…》): an organ there is the title's.
  let open = 0;
  const starts = read.map((piece, k) => {
    if (k > 0) open = Math.max(0, open + count(read[k - 1], '《') - count(read[k - 1], '》'));
    return k > 0 && open === 0 && breaksBetween(read[k - 1], piece);
  });
  for (let k = 1; k < pieces.length; k++) {
    // The organs printed apart before a title that names none (济宁市人民政府 关于…的实施意见) head its line.
    if (starts[k] !== 'title' || !read[k].startsWith('关于')) continue;
    let first = k;
    while (first > 0 && starts[first] !== true && isIssuerName(read[first - 1])) first--;
    if (first < k) [starts[first], starts[k]] = [true, false];
  }
  const out: string[] = [];
  pieces.forEach((piece, k) => {
    if (k === 0 || starts[k]) out.push(piece);
    else out[out.length - 1] += ` ${piece}`;
  });
  return out;
}
