/**
 * @module ingest/stages/lead-issuer
 * The issuer a text names only as the subject of its own opening sentence — a 通告 or 决定 reposted
 * without its head or 落款 (上海市公安局决定于2022年11月1日至11月10日期间…。现通告如下, 财政部、水利部决定对
 * 《某办法》有关条文作如下修改, 经简阳市人民政府研究决定…现发布土地征收预公告), or a repost whose lead
 * says who published it (9月28日，某局发布《关于…的通告》。…现通告如下):
 * - the organs open a clause (after a date or a lead-in: 近日，日前) and a verb follows them (决定, 研究决定
 *   after 经, 发布, 印发);
 * - the text announces itself as the document (现通告如下, 特此公告, 作如下修改). News ABOUT an organ
 *   (据新华社电 国务院近期决定…, 记者从市公安局获悉) announces nothing, so names no issuer;
 * - an organ after 根据, 据, 从, 为贯彻 or in 经…同意 does not open its clause with a verb after it.
 * The weakest source of an issuer (document-issuers.ts): a head, a 落款 or a number wins.
 * Words in data/document-grammar.json (`leadIssuer`). Pure.
 */
import { isIssuerName } from '../../src/domain/grammar';
import { loadDataJson } from '../../src/domain/load-data';
import { escapeRegExp } from '../../src/text/regexp';
import { compact } from '../../src/text/normalize';

interface LeadWords {
  verbs: string[];
  leadIns: string[];
  /** Kinds whose announcing phrases (selfNamedKinds.announced: 现通告如下, 特此公告) say the text is the document. */
  announcedKinds: string[];
  /** Phrases of its own that say so (作如下修改, 现就…规定如下). */
  announcements: string[];
  notOpening: string[];
  reportWords: string[];
  paragraphs: number;
}

interface Rules {
  announced: RegExp;
  clause: RegExp;
  notOpening: RegExp;
  reported: RegExp;
  paragraphs: number;
}

let compiled: Rules | undefined;

function rules(): Rules {
  if (compiled) return compiled;
  const grammar = loadDataJson<{ leadIssuer: LeadWords; selfNamedKinds: { announced: Record<string, string[]> } }>('document-grammar.json');
  const w = grammar.leadIssuer;
  const announcing = [...w.announcedKinds.flatMap((kind) => grammar.selfNamedKinds.announced[kind] ?? []), ...w.announcements];
  const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // A clause opened by a date (2022年9月26日, 9月28日) or a lead-in (近日) before its subject.
  const opening = `(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|${alt(w.leadIns)})?`;
  compiled = {
    announced: new RegExp(announcing.join('|')),
    // 经X研究决定 or X决定 / X发布 / X印发(了): the organs are group 1 (经) or 2.
    clause: new RegExp(`^${opening}(?:经([^，,；;：:。]{2,60}?)研究决定|([^，,；;：:。]{2,80}?)(?:${alt(w.verbs)})(?!的))`),
    notOpening: new RegExp(`^(?:${alt(w.notOpening)})`),
    reported: new RegExp(alt(w.reportWords)),
    paragraphs: w.paragraphs,
  };
  return compiled;
}

/**
 * @example leadIssuers(['根据有关规定，上海市公安局决定于2022年11月1日至11月10日期间，对部分道路采取临时交通管制措施。现通告如下：']) // ['上海市公安局']
 * @example leadIssuers(['据新华社电 国务院近期决定，取消和下放一批行政审批项目。']) // []
 */
export function leadIssuers(paragraphs: string[]): string[] {
  const r = rules();
  const opening = paragraphs.map(compact).filter(Boolean).slice(0, r.paragraphs);
  if (!r.announced.test(opening.join('\n'))) return [];
  for (const paragraph of opening) {
    // Sentences and clauses part at stops and commas outside 《》 (a title cited may hold a comma).
    for (const sentence of paragraph.replace(/《[^《》]*》/g, (m) => m.replace(/[，,；;。！？]/g, ' ')).split(/[。！？]/)) {
      if (r.reported.test(sentence)) continue;
      for (const clause of sentence.split(/[，,；;]/)) {
        const m = clause.replace(/^[[【(（][^\]】)）]{0,12}[\]】)）]/, '').match(r.clause);
        const named = m ? (m[1] ?? m[2]) : undefined;
        if (!named || r.notOpening.test(named)) continue;
        const organs = named.split('、');
        if (organs.every((o) => isIssuerName(o))) return organs;
      }
    }
  }
  return [];
}
