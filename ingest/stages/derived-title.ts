/**
 * @module ingest/stages/derived-title
 * A title for a document whose page prints none (an excerpt that opens at the 主送机关 or the
 * first sentence), written the way such documents are titled, from what the text itself says it
 * is — never the first sentence, which a results list would show as the title:
 * - a notice that issues or forwards an instrument (现将《某预案》印发给你们, 经研究，制定《某预案》，
 *   现印发给你们, 《某规定》业经…通过，现印发给你们): 关于印发《某预案》的通知;
 * - an interpretation (现就《某决定》的有关情况说明如下; or 一、制定背景 … 起草《某决定》（以下简称
 *   《决定》）): 关于《某决定》的解读.
 * Undefined when the text says neither; read-document.ts then falls back to the first line, and
 * both say in the record's messages that the page printed no title. Words in data/document-grammar.json
 * (`derivedTitles`). Pure.
 */
import { loadDataJson } from '../../src/domain/load-data';
import { outerTitles } from '../../src/text/book-titles';
import { compact } from '../../src/text/normalize';

interface DerivedTitleWords {
  /** Verbs of a notice that hands an instrument on (印发, 转发, 批转). */
  issueVerbs: string[];
  /** What follows such a verb when it addresses the recipients (给你们), or precedes it (现予). */
  issueAddress: string[];
  issueNow: string[];
  /** What an interpretation announces (说明如下, 解读如下). */
  explainEnds: string[];
  /** What a reply announces after the request it received (批复如下). */
  replyAnnounce: string[];
  /** Headings an interpretation opens with (制定背景, 起草过程 …), after their 一、. */
  interpretationHeadings: string[];
}

/** How far into the text the sentence that says what the document is may stand. */
const LOOK_ROWS = 8;

let compiled: { issue: RegExp; explain: RegExp; heading: RegExp; reply: RegExp } | undefined;

function rules(): { issue: RegExp; explain: RegExp; heading: RegExp; reply: RegExp } {
  if (compiled) return compiled;
  const w = loadDataJson<{ derivedTitles: DerivedTitleWords }>('document-grammar.json').derivedTitles;
  const verbs = w.issueVerbs.join('|');
  compiled = {
    // 印发给你们 / 现予印发 / 予以转发: the verb that hands the instrument named before it on.
    issue: new RegExp(`(?:(?:${w.issueNow.join('|')})(${verbs})|(${verbs})(?:${w.issueAddress.join('|')}))`),
    explain: new RegExp(`(?:${w.explainEnds.join('|')})[:：]?$`),
    heading: new RegExp(`^[一二三四五六七八九十]+[、.．]\\s*(?:${w.interpretationHeadings.join('|')})`),
    reply: new RegExp(`(?:${w.replyAnnounce.join('|')})`),
  };
  return compiled;
}

/**
 * @example derivedTitle(['各乡镇人民政府：', '《某县森林火灾应急预案》已经县政府同意，现予印发，请认真贯彻执行。'], [0, 1])
 *   // '关于印发《某县森林火灾应急预案》的通知'
 */
export function derivedTitle(lines: string[], rows: number[]): string | undefined {
  const r = rules();
  const texts = rows.slice(0, LOOK_ROWS).map((i) => compact(lines[i]));
  const interpretation = texts.some((t) => r.heading.test(t));
  // A reply: the request named as received (你市《关于…的请示》…收悉), then 批复如下.
  const replies = texts.some((t) => r.reply.test(t));
  for (const text of texts) {
    for (const sentence of text.split(/[。；！？]/)) {
      const issued = r.issue.exec(sentence);
      if (issued) {
        const titles = titlesBefore(sentence, issued.index);
        if (titles) return `关于${issued[1] ?? issued[2]}${titles}的通知`;
      }
      const received = replies ? sentence.indexOf('收悉') : -1;
      if (received > 0) {
        const request = lastTitleBefore(sentence, received);
        if (request) return `关于《${request}》的批复`;
      }
      const short = sentence.search(/[（(]以下简称/);
      if (r.explain.test(sentence) || (interpretation && short > 0)) {
        // The document a sentence names for short (起草《某决定》（以下简称《决定》）) is its subject.
        const title = short > 0 ? lastTitleBefore(sentence, short) : outerTitles(sentence)[0]?.title;
        if (title) return `关于《${title}》的解读`;
      }
    }
  }
  return undefined;
}

/** Joins between instruments issued together (《甲》《乙》, 《甲》和《乙》, 《甲》、《乙》). */
const TITLE_JOIN = /^[、和及与\s]*$/;

/**
 * The instruments named last before `at`, as printed (《甲》和《乙》): the last title, with those
 * joined to it — a notice may issue two at once.
 */
function titlesBefore(sentence: string, at: number): string | undefined {
  const before = outerTitles(sentence).filter((t) => t.end <= at);
  let first = before.length - 1;
  if (first < 0) return undefined;
  while (first > 0 && TITLE_JOIN.test(sentence.slice(before[first - 1].end, before[first].start))) first--;
  return before
    .slice(first)
    .map((t, k, all) => `${k > 0 ? sentence.slice(all[k - 1].end, t.start) : ''}《${t.title}》`)
    .join('');
}

function lastTitleBefore(sentence: string, at: number): string | undefined {
  return outerTitles(sentence).filter((t) => t.end <= at).at(-1)?.title;
}
