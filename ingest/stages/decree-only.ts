/**
 * @module ingest/stages/decree-only
 * A text holding only the decree that promulgates rules, as a ministry's or a government's site
 * posts it with the rules themselves in an attached file:
 *
 *   中华人民共和国交通部令 / 2006年第8号 /
 *   《老旧运输船舶管理规定》已于2006年6月7日经第7次部务会议通过，现予公布，自2006年8月1日起施行。 /
 *   部长 李盛霖 / 二〇〇六年七月五日 / 附件：老旧运输船舶管理规定
 *
 * The document is the rules the decree names: their name the title, the decree their number and
 * maker (two ministries' decrees side by side: both), the date it was signed their promulgation.
 * A text that goes on past the decree (the rules' articles, another document's title) is none:
 * read-law reads a decree above the rules' text, and a 公文 citing a decree is a 公文. Pure.
 */
import { parseChineseDate, findDates } from '../../src/domain/dates';
import { numberUnderName } from '../../src/domain/doc-number';
import { findLawBody, lawTitleEnding, type LawGrammar } from '../../src/domain/law-grammar';
import { compact, foldWidth } from '../../src/text/normalize';
import { isNumberLine } from './law-head';
import { firstArticle } from './law-outline';

export interface DecreeOnly {
  /** The rules' name, from the decree's sentence (《老旧运输船舶管理规定》). */
  title: string;
  /** Index of the decree's first line (its name) and of the line after its signature. */
  start: number;
  end: number;
  /** The decree's name and serial as one line (中华人民共和国交通部令2006年第8号). */
  numberLine: string;
  /** The bodies whose decrees these are, in the order printed (交通部; 卫生部 and 交通部). */
  makers: Array<{ name: string; level: string }>;
}

/** Lines looked at for the decree's name: a page's navigation may stand above it. */
const NAME_WITHIN = 12;
/** Lines between the decree's serial and its sentence (a blank-free page has none). */
const SENTENCE_WITHIN = 3;
/** Lines after the sentence its signature may take (附件 line, signers of joint decrees, the date). */
const SIGNATURE_WITHIN = 6;
/** Lines a page may print after the decree (its footer): more is a text going on. */
const TRAILING_LINES = 8;

/** The sentence: 《T》, then the meeting that adopted it and the promulgation (现予公布). */
const SENTENCE = /^《([^》]{2,80})》(?:已于|已经|已由|经|业经|于)[^《]*?(?:现予|予以|现将其)(?:公布|发布|颁布)/;
/** An attachment line: 附件：老旧运输船舶管理规定(.doc). */
const ATTACHMENT = /^附件\d*[:：]/;

/** The names of decrees on one line (中华人民共和国卫生部令 中华人民共和国交通部令), or none. */
function decreeNames(line: string): string[] {
  const parts = line.trim().split(/\s+/).map(compact).filter(Boolean);
  // Written together (中华人民共和国卫生部令中华人民共和国交通部令): each name ends at its 令.
  const names = parts.length > 1 ? parts : /令$/.test(compact(line)) ? (compact(line).match(/.+?令/g) ?? []) : [];
  if (names.length === 0 || names.join('').length > 40 || !names.every((n) => /令$/.test(n))) return [];
  return names;
}

/** A line of the decree's signature: the signer (部长 某某), the date, or both, an attachment line. */
function signatureLine(text: string, g: LawGrammar): boolean {
  const t = compact(text);
  return ATTACHMENT.test(t) || parseChineseDate(foldWidth(t)) !== undefined || g.headLines[1].test(text.trim()) || endsWithDate(t);
}

/** A line ending in the signature's date (部长李盛霖二〇〇六年七月五日). */
function endsWithDate(text: string): boolean {
  const last = findDates(foldWidth(text)).at(-1);
  return last !== undefined && last.index + last.length === foldWidth(text).length;
}

/**
 * The decree when the text holds it alone, else undefined.
 *
 * @example decreeOnly(['中华人民共和国农业部令', '2016年 第5号', '《农作物种子生产经营许可管理办法》已经农业部2016年第6次常务会议审议通过，现予公布，自2016年8月15日起施行。', '部长 韩长赋', '2016年7月8日'], g)
 *   // { title: '农作物种子生产经营许可管理办法', start: 0, end: 5, numberLine: '中华人民共和国农业部令2016年第5号', makers: [{ name: '农业部', level: '部门规章' }] }
 */
export function decreeOnly(lines: string[], g: LawGrammar): DecreeOnly | undefined {
  for (let i = 0; i < Math.min(lines.length - 2, NAME_WITHIN); i++) {
    const names = decreeNames(lines[i]);
    // 某市人民政府令第16号 on one line, or the name over its serial (2006年第8号, 第5号).
    const oneLine = names.length === 0 && isNumberLine(lines[i], g) && /令/.test(lines[i]);
    const serialBelow = names.length > 0 && (/^第.{1,8}号$/.test(compact(lines[i + 1])) || numberUnderName(names.at(-1)!, lines[i + 1]) !== undefined);
    if (!oneLine && !serialBelow) continue;
    const numberLine = oneLine ? compact(lines[i]) : `${names.at(-1)}${compact(lines[i + 1])}`;
    const from = oneLine ? i + 1 : i + 2;
    const at = lines.slice(from, from + SENTENCE_WITHIN).findIndex((l) => SENTENCE.test(compact(l)));
    if (at < 0) return undefined;
    const sentenceAt = from + at;
    const title = SENTENCE.exec(compact(lines[sentenceAt]))![1];
    if (!lawTitleEnding(title, g)) return undefined;
    // The signature: the lines after the sentence that sign it, the sentence's own line when it ends with the date.
    let end = endsWithDate(compact(lines[sentenceAt])) ? sentenceAt + 1 : sentenceAt;
    // An attachment line may stand inside it (附件 / 部长 某某 / date); after the last signer it is the body's.
    for (let k = sentenceAt + 1; k < Math.min(lines.length, sentenceAt + 1 + SIGNATURE_WITHIN) && signatureLine(lines[k], g); k++) {
      if (!ATTACHMENT.test(compact(lines[k]))) end = k + 1;
    }
    if (end === sentenceAt) return undefined;
    const rest = lines.slice(end);
    // The rules printed below (their name again, their articles, a decision's items in sentences), or
    // another document: not a decree alone. A page's footer and the attachment line are no sentences.
    const goesOn = (l: string) => compact(l) === compact(title) || g.otherDocumentTitle.test(compact(l)) || (/[。；;]/.test(l) && !ATTACHMENT.test(compact(l)));
    if (rest.length > TRAILING_LINES || firstArticle(rest, g) >= 0 || rest.some(goesOn)) return undefined;
    const makers = (names.length > 0 ? names : [numberLine.replace(/令.*$/, '令')]).map((n) => findLawBody(n, g)).filter((b) => b !== undefined && b.index === 0);
    return { title, start: i, end, numberLine, makers: makers.map((b) => ({ name: b!.name, level: b!.level })) };
  }
  return undefined;
}
