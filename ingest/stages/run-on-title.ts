/**
 * @module ingest/stages/run-on-title
 * The title of a document a page ran into one long line — a PDF's transcript on a document-sharing
 * site ("省 政 府 文 件 某 省 人 民 政 府 关 于 印 发 … 的 通 知 某 政 号 各 市 …"), characters parted by
 * spaces, no line break anywhere. No line of the head then offers a title; the formal title
 * "<organ>关于…的<文种>" is looked for near the start of that line, after any red head. Pure.
 */
import { issuerNames, loadDocumentGrammar } from '../../src/domain/grammar';
import { compact } from '../../src/text/normalize';

/** How far into the line a head stands: a title further in is the body's (a document it cites). */
const HEAD_CHARS = 200;
/** A line this long (without spaces) holds more than a head: a whole page run together. */
const RUN_ON_CHARS = 300;
/** Longest organ name before 关于. */
const ORGAN_CHARS = 30;

/** Marks after which an organ's name may start: the end of a sentence, a colon. */
const BEFORE_ORGAN = '。！？；：:';
/** A character no organ's name holds (a comma, an ellipsis, a half-width mark, a digit): the name starts after it. */
const NOT_IN_NAME = /[^\u3400-\u9fff、]/;

let formal: RegExp | undefined;

/** 关于 … 的 <文种>, the 文种 as the grammar lists them (longest first), no sentence mark between. */
function formalTitle(): RegExp {
  if (formal) return formal;
  const types = [...loadDocumentGrammar().docTypes].sort((a, b) => b.length - a.length);
  formal = new RegExp(`关于[^，。；：:,;ꎬꎮ«»《》]{2,80}?的(?:${types.join('|')})`, 'g');
  return formal;
}

/**
 * Whether a title after `before` stands inside 《》 or quotes a sentence opened (为贯彻落实《中共中央 国务院关于…》):
 * one the text cites, not its own. A page's own title in 《》 opens the line or follows a sentence's end or a colon
 * (全文如下:《某局关于…》), never a word or a list's 、.
 */
function cited(before: string): boolean {
  return (['《》', '“”'] as const).some(([open, close]) => {
    const at = before.lastIndexOf(open);
    return at > before.lastIndexOf(close) && at > 0 && !BEFORE_ORGAN.includes(before[at - 1]);
  });
}

/**
 * The formal title in the first characters of the first run-on line among `rows`, with the organ
 * that issues it (after a red head's 文件); undefined when no such line holds one.
 *
 * @example titleInRunOn(['1 省 政 府 文 件 某 省 人 民 政 府 关 于 印 发 某 办 法 的 通 知 某 政 号 各 市 …（300 字）'], [0])
 *   // '某省人民政府关于印发某办法的通知'
 */
export function titleInRunOn(lines: string[], rows: number[]): string | undefined {
  const row = rows.find((i) => compact(lines[i]).length >= RUN_ON_CHARS);
  if (row === undefined) return undefined;
  const head = compact(lines[row]).slice(0, HEAD_CHARS);
  for (const m of head.matchAll(formalTitle())) {
    const before = head.slice(0, m.index);
    if (cited(before)) continue;
    // The organ stands between a red head (某省政府文件), a sentence or a colon (a news item's
    // 全文如下：) or the line's start, and 关于.
    const redHead = before.lastIndexOf('文件');
    const cut = Math.max(redHead >= 0 ? redHead + 2 : 0, ...[...BEFORE_ORGAN].map((mark) => before.lastIndexOf(mark) + 1));
    // Whatever a news page ran on before it (推广:陆丰,向全世界发出邀请... 某市人民政府关于…) ends at a
    // mark no organ's name holds: the organ is the name after the last one (、 joins joint organs).
    const organ = before.slice(cut).split(NOT_IN_NAME).at(-1)!;
    if (organ.length <= ORGAN_CHARS && issuerNames(organ).length > 0) return organ + m[0];
  }
  return undefined;
}

/**
 * What the run-on line holds right after its title (read by titleInRunOn): on such a page the
 * 主送机关 follows the title with nothing between (…的通知各省、自治区人民政府：为加强…).
 *
 * @example textAfterRunOnTitle(['某部关于某事的通知各省人民政府：为…（300 字）'], [0], '某部关于某事的通知') // '各省人民政府：为…'
 */
export function textAfterRunOnTitle(lines: string[], rows: number[], title: string): string | undefined {
  const row = rows.find((i) => compact(lines[i]).length >= RUN_ON_CHARS);
  if (row === undefined) return undefined;
  const line = compact(lines[row]);
  const at = line.slice(0, HEAD_CHARS).indexOf(title);
  return at < 0 ? undefined : line.slice(at + title.length);
}
